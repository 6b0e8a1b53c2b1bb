package dev.mockapi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class RouteTableJsonTest {

  private static final String KEY = "0b3c5d6e-7f80-4a1b-9c2d-3e4f5a6b7c8d";
  private static final String INSTALLATION = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";

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
            KEY,
            "shop",
            INSTALLATION,
            3,
            ProjectSettings.defaults(),
            null,
            List.of(new RouteTable.Route(42, endpoint)));

    String text = json.writeValueAsString(table);

    assertThat(text)
        .contains("\"type\":\"lognormal\"", "\"fault\":\"connection_reset\"", "\"action\":\"get\"")
        .contains("\"projectKey\":\"" + KEY + "\"", "\"installationId\":\"" + INSTALLATION + "\"");
    assertThat(json.readValue(text, RouteTable.class)).isEqualTo(table);
  }

  @Test
  void tableWithoutAValidProjectKeyIsRefused() {
    String withoutKey =
        "{\"projectId\":7,\"projectSlug\":\"shop\",\"installationId\":\""
            + INSTALLATION
            + "\",\"version\":1,\"routes\":[]}";
    assertThatThrownBy(() -> json.readValue(withoutKey, RouteTable.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("projectKey");
    for (String bad :
        List.of(
            "7",
            "",
            KEY.toUpperCase(),
            KEY.replace('-', ':'),
            KEY.substring(1) + "*",
            "{" + KEY.substring(2) + "}",
            KEY + "0")) {
      assertThatThrownBy(() -> table(bad, INSTALLATION))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void tableWithoutAnInstallationIsRefused() {
    assertThatThrownBy(() -> table(KEY, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void projectKeyOfALogChannelIsReadOnlyFromAKeyChannel() {
    assertThat(RedisKeys.projectKeyOfLogs(RedisKeys.logs(KEY))).isEqualTo(KEY);
    for (String other :
        List.of(
            "mockapi:logs:7",
            "mockapi:logs:",
            "mockapi:logs:" + KEY + ":x",
            "mockapi:history:" + KEY,
            "mockapi:logs:" + KEY.toUpperCase())) {
      assertThat(RedisKeys.projectKeyOfLogs(other)).as(other).isNull();
    }
  }

  private static RouteTable table(String key, String installation) {
    return new RouteTable(
        7, key, "shop", installation, 1, ProjectSettings.defaults(), null, List.of());
  }
}
