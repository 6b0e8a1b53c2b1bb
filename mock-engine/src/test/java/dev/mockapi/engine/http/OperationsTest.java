package dev.mockapi.engine.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.engine.EngineIntegrationTest;
import dev.mockapi.engine.support.MockClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Health and metrics on the mock port. */
class OperationsTest extends EngineIntegrationTest {

  @Test
  void healthThen200JsonUpWithRedisUp() {
    HttpResponse<String> response = mock.get("/actuator/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode health = MockClient.json(response);
    assertThat(health.path("status").asString()).isEqualTo("UP");
    assertThat(health.path("components").path("redis").path("status").asString()).isEqualTo("UP");
  }

  @Test
  void prometheusExposesTheLogAndRouteTableCounters() {
    HttpResponse<String> response = mock.get("/actuator/prometheus");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/plain");
    assertThat(response.body())
        .contains("mockapi_engine_log_events_dropped_total")
        .contains("mockapi_engine_log_events_published_total")
        .contains("mockapi_engine_route_reloads_total")
        .contains("mockapi_engine_route_reload_failures_total");
  }
}
