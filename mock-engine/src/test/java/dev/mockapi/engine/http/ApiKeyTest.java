package dev.mockapi.engine.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.engine.EngineIntegrationTest;
import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.MockClient;
import dev.mockapi.engine.support.Project;
import dev.mockapi.model.ProjectSettings;
import dev.mockapi.model.Sha256;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A project requiring its API key answers only calls carrying it in X-Api-Key. */
class ApiKeyTest extends EngineIntegrationTest {

  private Project keyed(String apiKeySha256) {
    Project project = newProject();
    ProjectSettings defaults = ProjectSettings.defaults();
    ProjectSettings settings =
        new ProjectSettings(defaults.chaosMode(), defaults.cors(), true, defaults.fakerLocale());
    serve(
        project.table(1, settings, apiKeySha256, Endpoint.of(1, "GET", "/secret").body("inside")));
    return project;
  }

  @Test
  void noKeyThen401() {
    Project project = keyed(Sha256.hex("k1"));

    HttpResponse<String> response = mock.get(project.path("/secret"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(MockClient.json(response).path("type").asString())
        .isEqualTo("urn:mockapi:problem:unauthorized");
    assertThat(response.body()).doesNotContain("inside");
  }

  @Test
  void wrongKeyThen401() {
    Project project = keyed(Sha256.hex("k1"));

    assertThat(mock.get(project.path("/secret"), "X-Api-Key", "k2").statusCode()).isEqualTo(401);
    assertThat(mock.get(project.path("/secret"), "X-Api-Key", "").statusCode()).isEqualTo(401);
  }

  @Test
  void rightKeyThen200() {
    Project project = keyed(Sha256.hex("k1"));

    HttpResponse<String> response = mock.get(project.path("/secret"), "X-Api-Key", "k1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("inside");
  }

  @Test
  void requiredKeyNeverIssuedThen401EvenWithAKey() {
    Project project = keyed(null);

    assertThat(mock.get(project.path("/secret"), "X-Api-Key", "k1").statusCode()).isEqualTo(401);
  }

  @Test
  void preflightNeedsNoKey() {
    Project project = keyed(Sha256.hex("k1"));

    HttpResponse<String> response =
        mock.send(
            mock.request(project.path("/secret"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://a.test")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "X-Api-Key")
                .build());

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValue("X-Api-Key");
  }
}
