package dev.mockapi.engine.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockapi.engine.EngineIntegrationTest;
import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.Project;
import dev.mockapi.model.AnalyticsFields;
import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.DelaySpec;
import dev.mockapi.model.Fault;
import dev.mockapi.model.RedisKeys;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.Test;

/** Served calls end up, counted exactly, in the project's minute and hour hashes. */
class AnalyticsIntegrationTest extends EngineIntegrationTest {

  private static ChaosSpec failing(Fault fault) {
    return new ChaosSpec(null, 1.0, null, null, fault);
  }

  /**
   * Flushes until {@code assertion} holds: a call is counted right after its answer is written, so
   * the client may be a moment ahead of the count.
   */
  private void afterFlushes(ThrowingRunnable assertion) {
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> {
              analytics.flush();
              assertion.run();
            });
  }

  /** Every hash of one kind ("m" or "h") of the project, summed field by field. */
  private Map<String, Long> summed(Project project, String kind) {
    Map<String, Long> sums = new HashMap<>();
    Set<String> keys = redis.keys(RedisKeys.analyticsPrefix(project.key()) + kind + ":*");
    for (String key : keys) {
      redis
          .<String, String>opsForHash()
          .entries(key)
          .forEach((field, value) -> sums.merge(field, Long.parseLong(value), Long::sum));
    }
    return sums;
  }

  private static Map<String, Long> withoutBuckets(Map<String, Long> fields) {
    Map<String, Long> counters = new HashMap<>(fields);
    counters.keySet().removeIf(field -> field.contains(":le"));
    return counters;
  }

  /** Calls of {@code endpoint} in the latency buckets whose bound is at least {@code fromMs}. */
  private static long buckets(Map<String, Long> fields, String endpoint, long fromMs) {
    long total = 0;
    for (int b = 0; b < AnalyticsFields.BUCKETS; b++) {
      if (AnalyticsFields.upperBoundMs(b) >= fromMs) {
        String field = AnalyticsFields.field(endpoint, AnalyticsFields.FIRST_BUCKET + b);
        total += fields.getOrDefault(field, 0L);
      }
    }
    return total;
  }

  @Test
  void everyCallIsCountedByEndpointStatusClassChaosAndLatency() {
    Project project = newProject();
    serve(
        project.table(
            1,
            Endpoint.of(1, "GET", "/ok"),
            Endpoint.of(2, "GET", "/fail").chaos(failing(Fault.HTTP_ERROR)),
            Endpoint.of(3, "POST", "/reset").chaos(failing(Fault.CONNECTION_RESET)),
            Endpoint.of(4, "GET", "/slow")
                .chaos(new ChaosSpec(new DelaySpec.Fixed(60), null, null, null, null))));

    for (int i = 0; i < 3; i++) {
      assertThat(mock.get(project.path("/ok")).statusCode()).isEqualTo(200);
    }
    assertThat(mock.get(project.path("/fail")).statusCode()).isEqualTo(503);
    assertThat(mock.get(project.path("/fail")).statusCode()).isEqualTo(503);
    try {
      // A POST, which the client does not retry on a broken connection as it does a GET.
      mock.sendOrThrow(
          mock.request(project.path("/reset")).POST(HttpRequest.BodyPublishers.noBody()).build());
    } catch (IOException expected) {
      // the connection was reset: status 0
    }
    assertThat(mock.get(project.path("/slow")).statusCode()).isEqualTo(200);
    assertThat(mock.get(project.path("/nothing")).statusCode()).isEqualTo(404);
    assertThat(mock.get(project.path("/nothing/either")).statusCode()).isEqualTo(404);

    Map<String, Long> expected =
        Map.ofEntries(
            Map.entry("1:requests", 3L),
            Map.entry("1:2xx", 3L),
            Map.entry("2:requests", 2L),
            Map.entry("2:5xx", 2L),
            Map.entry("2:chaos", 2L),
            Map.entry("3:requests", 1L),
            Map.entry("3:noresponse", 1L),
            Map.entry("3:chaos", 1L),
            Map.entry("4:requests", 1L),
            Map.entry("4:2xx", 1L),
            Map.entry("4:chaos", 1L),
            Map.entry("unmatched:requests", 2L),
            Map.entry("unmatched:4xx", 2L));
    afterFlushes(() -> assertThat(withoutBuckets(summed(project, "m"))).isEqualTo(expected));
    Map<String, Long> minutes = summed(project, "m");
    assertThat(summed(project, "h")).isEqualTo(minutes);
    for (String endpoint : new String[] {"1", "2", "3", "4", AnalyticsFields.UNMATCHED}) {
      assertThat(buckets(minutes, endpoint, 0))
          .as("every call of %s is in one latency bucket", endpoint)
          .isEqualTo(minutes.get(endpoint + ":requests"));
    }
    assertThat(buckets(minutes, "4", 60)).as("the delayed call is slower than 50 ms").isEqualTo(1);
  }

  @Test
  void hashesExpireAfterTheRetention() {
    Project project = newProject();
    serve(project.table(1, Endpoint.of(1, "GET", "/ok")));
    mock.get(project.path("/ok"));

    afterFlushes(() -> assertThat(summed(project, "h")).containsEntry("1:requests", 1L));

    for (String key : redis.keys(RedisKeys.analyticsPrefix(project.key()) + "*")) {
      assertThat(Duration.ofSeconds(redis.getExpire(key)))
          .isGreaterThan(AnalyticsFields.RETENTION.minusMinutes(1))
          .isLessThanOrEqualTo(AnalyticsFields.RETENTION);
    }
  }

  @Test
  void flushFailuresAndDroppedCallsAreExposedToPrometheus() {
    assertThat(mock.get("/actuator/prometheus").body())
        .contains("mockapi_engine_analytics_flush_failures_total")
        .contains("mockapi_engine_analytics_requests_dropped_total");
  }
}
