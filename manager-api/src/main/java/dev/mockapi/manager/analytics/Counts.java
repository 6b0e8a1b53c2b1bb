package dev.mockapi.manager.analytics;

import dev.mockapi.model.AnalyticsFields;

/**
 * Counters of some calls, numbered as {@link AnalyticsFields} numbers them, summed as hashes are
 * read.
 */
final class Counts {

  private final long[] counters = new long[AnalyticsFields.COUNTERS];

  void add(int counter, long value) {
    counters[counter] += value;
  }

  void add(Counts other) {
    for (int i = 0; i < counters.length; i++) {
      counters[i] += other.counters[i];
    }
  }

  long get(int counter) {
    return counters[counter];
  }

  long requests() {
    return counters[AnalyticsFields.REQUESTS];
  }

  /** Server errors (5xx) and calls a fault left without an answer. */
  long errors() {
    return counters[AnalyticsFields.STATUS_5XX] + counters[AnalyticsFields.NO_RESPONSE];
  }

  /**
   * The latency below which a share {@code q} of the calls fell, in milliseconds to one decimal,
   * estimated from the buckets as Prometheus's {@code histogram_quantile} does: linearly within the
   * bucket the rank falls in, from 0 for the first; the last, unbounded bucket answers its lower
   * bound (10 s). 0 without calls.
   */
  double percentileMs(double q) {
    long total = 0;
    for (int b = 0; b < AnalyticsFields.BUCKETS; b++) {
      total += counters[AnalyticsFields.FIRST_BUCKET + b];
    }
    double rank = q * total;
    long below = 0;
    for (int b = 0; b < AnalyticsFields.BUCKETS; b++) {
      long inBucket = counters[AnalyticsFields.FIRST_BUCKET + b];
      if (inBucket > 0 && below + inBucket >= rank) {
        if (b == AnalyticsFields.BUCKETS - 1) {
          return AnalyticsFields.upperBoundMs(b);
        }
        double lower = b == 0 ? 0 : AnalyticsFields.upperBoundMs(b - 1);
        double upper = AnalyticsFields.upperBoundMs(b);
        return Math.round((lower + (upper - lower) * (rank - below) / inBucket) * 10) / 10.0;
      }
      below += inBucket;
    }
    return 0;
  }
}
