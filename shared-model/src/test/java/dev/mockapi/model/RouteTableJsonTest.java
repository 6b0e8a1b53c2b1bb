package dev.mockapi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RouteTableJsonTest {

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void routeTableSurvivesAJsonRoundTrip() {
    var chaos =
        new ChaosSpec(new DelaySpec.LogNormal(120, 0.4), 0.1, 503, null, Fault.CONNECTION_RESET);
    var endpoint =
        new EndpointDefinition(
            "GET",
            "/users/{id}",
            "one user",
            true,
            0,
            new ResponseSpec(200, Map.of("Content-Type", "application/json"), "{}"),
            chaos,
            new StateBinding("users", StateAction.GET));
    var table =
        new RouteTable(
            7,
            "shop",
            3,
            ProjectSettings.defaults(),
            null,
            List.of(new RouteTable.Route(42, endpoint)));

    String text = json.writeValueAsString(table);

    assertThat(text)
        .contains("\"type\":\"lognormal\"", "\"fault\":\"connection_reset\"", "\"action\":\"get\"");
    assertThat(json.readValue(text, RouteTable.class)).isEqualTo(table);
  }
}
