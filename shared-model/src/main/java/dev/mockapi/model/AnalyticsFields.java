package dev.mockapi.model;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The fields of the analytics hashes ({@link RedisKeys#analyticsMinute}, {@link
 * RedisKeys#analyticsHour}): one counter per endpoint and kind, named {@code {endpoint}:{counter}},
 * where {@code endpoint} is the endpoint id or {@link #UNMATCHED}. Counters are numbered: the
 * engine counts into arrays by number, the manager sums by number, and both name them through here.
 *
 * <p>Latency buckets are not cumulative: each call counts in exactly one, the first whose upper
 * bound (inclusive, in whole milliseconds) it does not exceed; the last has no bound.
 */
public final class AnalyticsFields {

  /** Calls answered. */
  public static final int REQUESTS = 0;

  public static final int STATUS_2XX = 1;
  public static final int STATUS_3XX = 2;
  public static final int STATUS_4XX = 3;
  public static final int STATUS_5XX = 4;

  /** Calls a fault cut off without an answer (connection reset, empty response): status 0. */
  public static final int NO_RESPONSE = 5;

  /** Calls chaos delayed or failed. */
  public static final int CHAOS = 6;

  /** The number of the first latency bucket; the others follow it. */
  public static final int FIRST_BUCKET = 7;

  /** What stands for the endpoint in the fields of calls that no endpoint answered. */
  public static final String UNMATCHED = "unmatched";

  /** How long the hashes live after their last write. */
  public static final Duration RETENTION = Duration.ofDays(7);

  private static final long[] BUCKET_BOUNDS_MS = {
    5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000
  };

  /** How many latency buckets there are, the unbounded last one included. */
  public static final int BUCKETS = BUCKET_BOUNDS_MS.length + 1;

  /** How many counters each endpoint has. */
  public static final int COUNTERS = FIRST_BUCKET + BUCKETS;

  private static final String[] NAMES = names();
  private static final Map<String, Integer> NUMBERS = numbers();

  private AnalyticsFields() {}

  /** The hash field of one counter of one endpoint. */
  public static String field(String endpoint, int counter) {
    return endpoint + ":" + NAMES[counter];
  }

  /** The name of a counter, such as {@code requests}, {@code 4xx} or {@code le250}. */
  public static String name(int counter) {
    return NAMES[counter];
  }

  /** The number of a counter name, or -1 for a name this version does not know. */
  public static int counter(String name) {
    return NUMBERS.getOrDefault(name, -1);
  }

  /** The counter of a status's class: 2xx to 5xx, {@link #NO_RESPONSE} for 0, else -1 (1xx). */
  public static int statusCounter(int status) {
    return switch (status / 100) {
      case 2 -> STATUS_2XX;
      case 3 -> STATUS_3XX;
      case 4 -> STATUS_4XX;
      case 5 -> STATUS_5XX;
      default -> status == 0 ? NO_RESPONSE : -1;
    };
  }

  /** The counter of the latency bucket a call of {@code millis} counts in. */
  public static int bucket(long millis) {
    for (int i = 0; i < BUCKET_BOUNDS_MS.length; i++) {
      if (millis <= BUCKET_BOUNDS_MS[i]) {
        return FIRST_BUCKET + i;
      }
    }
    return FIRST_BUCKET + BUCKET_BOUNDS_MS.length;
  }

  /**
   * The upper bound of bucket {@code index} (0 for the first bucket) in milliseconds; the last,
   * unbounded bucket answers the bound of the one before it.
   */
  public static long upperBoundMs(int index) {
    return BUCKET_BOUNDS_MS[Math.min(index, BUCKET_BOUNDS_MS.length - 1)];
  }

  private static String[] names() {
    String[] names = new String[COUNTERS];
    names[REQUESTS] = "requests";
    names[STATUS_2XX] = "2xx";
    names[STATUS_3XX] = "3xx";
    names[STATUS_4XX] = "4xx";
    names[STATUS_5XX] = "5xx";
    names[NO_RESPONSE] = "noresponse";
    names[CHAOS] = "chaos";
    for (int i = 0; i < BUCKET_BOUNDS_MS.length; i++) {
      names[FIRST_BUCKET + i] = "le" + BUCKET_BOUNDS_MS[i];
    }
    names[COUNTERS - 1] = "leInf";
    return names;
  }

  private static Map<String, Integer> numbers() {
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < NAMES.length; i++) {
      numbers.put(NAMES[i], i);
    }
    return Map.copyOf(numbers);
  }
}
