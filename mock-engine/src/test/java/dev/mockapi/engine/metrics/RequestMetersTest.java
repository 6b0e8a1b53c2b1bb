package dev.mockapi.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockapi.engine.EngineIntegrationTest;
import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.Project;
import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.DelaySpec;
import dev.mockapi.model.Fault;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The per-call meters as Prometheus scrapes them from the mock port. */
class RequestMetersTest extends EngineIntegrationTest {

  private String scrape() {
    return mock.get("/actuator/prometheus").body();
  }

  /** The value of the sample {@code name} whose labels include {@code labels}; 0 when absent. */
  private static double sample(String scrape, String name, String... labels) {
    return scrape
        .lines()
        .filter(line -> line.startsWith(name + "{"))
        .filter(line -> Arrays.stream(labels).allMatch(line::contains))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElse(0);
  }

  @Test
  void callsAreCountedByProjectAndStatusTimedByProjectAndChaosIsCountedByKind() {
    Project project = newProject();
    serve(
        project.table(
            1,
            Endpoint.of(1, "GET", "/ok"),
            Endpoint.of(2, "GET", "/fail").chaos(new ChaosSpec(null, 1.0, 429, null, null)),
            Endpoint.of(3, "GET", "/slow")
                .chaos(new ChaosSpec(new DelaySpec.Fixed(20), null, null, null, null)),
            Endpoint.of(4, "GET", "/broken")
                .chaos(new ChaosSpec(null, 1.0, null, null, Fault.MALFORMED_BODY))));
    String before = scrape();
    String p = "project=\"" + project.id() + "\"";

    mock.get(project.path("/ok"));
    mock.get(project.path("/ok"));
    mock.get(project.path("/fail"));
    mock.get(project.path("/slow"));
    mock.get(project.path("/broken"));
    mock.get(project.path("/nothing"));

    // A call is counted right after its answer is written, so the client may be a moment ahead.
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> sample(scrape(), "mockapi_engine_request_duration_seconds_count", p) == 6);
    String after = scrape();
    assertThat(sample(after, "mockapi_engine_requests_total", p, "status=\"200\"")).isEqualTo(4);
    assertThat(sample(after, "mockapi_engine_requests_total", p, "status=\"429\"")).isEqualTo(1);
    assertThat(sample(after, "mockapi_engine_requests_total", p, "status=\"404\"")).isEqualTo(1);
    assertThat(sample(after, "mockapi_engine_request_duration_seconds_bucket", p, "le=\"+Inf\""))
        .isEqualTo(6);
    assertThat(
            after
                .lines()
                .filter(l -> l.startsWith("mockapi_engine_request_duration_seconds_bucket{"))
                .filter(l -> l.contains(p)))
        .as("histogram buckets for histogram_quantile, from 1 ms to a minute")
        .hasSizeBetween(10, 100);
    for (String kind : new String[] {"delay", "http_error", "malformed_body"}) {
      String label = "kind=\"" + kind + "\"";
      assertThat(
              sample(after, "mockapi_engine_chaos_injected_total", label)
                  - sample(before, "mockapi_engine_chaos_injected_total", label))
          .as(kind)
          .isEqualTo(1);
    }
    assertThat(after).contains("mockapi_engine_chaos_injected_total{kind=\"connection_reset\"}");
  }

  @Test
  void aDeletedProjectLeavesNoSeriesBehind() {
    Project project = newProject();
    serve(project.table(1, Endpoint.of(1, "GET", "/ok")));
    String p = "project=\"" + project.id() + "\"";
    mock.get(project.path("/ok"));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> sample(scrape(), "mockapi_engine_requests_total", p, "status=\"200\"") == 1);

    tables.delete(project.slug());

    await().atMost(Duration.ofSeconds(5)).until(() -> registry.get(project.slug()) == null);
    assertThat(scrape().lines().filter(line -> line.contains(p))).isEmpty();
  }
}
