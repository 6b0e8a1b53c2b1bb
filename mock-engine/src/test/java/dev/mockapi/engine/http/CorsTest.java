package dev.mockapi.engine.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.engine.EngineIntegrationTest;
import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.Project;
import dev.mockapi.model.ProjectSettings;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Browsers may call a project's mocks from the origins its CORS settings allow. */
class CorsTest extends EngineIntegrationTest {

  private static ProjectSettings allowing(String origin) {
    ProjectSettings defaults = ProjectSettings.defaults();
    return new ProjectSettings(
        defaults.chaosMode(),
        new ProjectSettings.Cors(List.of(origin), false),
        false,
        defaults.fakerLocale());
  }

  private HttpResponse<String> preflight(Project project, String origin) {
    return mock.send(
        mock.request(project.path("/items"))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "X-Trace, Content-Type")
            .build());
  }

  @Test
  void preflightThen204AllowingTheOriginMethodAndHeaders() {
    Project project = newProject();
    serve(project.table(1, Endpoint.of(1, "POST", "/items").status(201)));

    HttpResponse<String> response = preflight(project, "http://a.test");

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
        .contains("POST");
    assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
        .hasValue("X-Trace, Content-Type");
    assertThat(response.body()).isEmpty();
  }

  @Test
  void actualResponseCarriesAllowOriginAndExposedHeaders() {
    Project project = newProject();
    serve(project.table(1, Endpoint.of(1, "GET", "/items").body("[]")));

    HttpResponse<String> response = mock.get(project.path("/items"), "Origin", "http://a.test");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(response.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
        .contains("X-Total-Count", "Link");
  }

  @Test
  void exposedHeadersNameOnlyHeadersTheEngineSends() {
    Project project = newProject();
    serve(project.table(1, Endpoint.of(1, "GET", "/items").body("[]")));

    HttpResponse<String> response = mock.get(project.path("/items"), "Origin", "http://a.test");

    assertThat(response.headers().firstValue("Access-Control-Expose-Headers"))
        .hasValue("X-Total-Count, Link");
  }

  @Test
  void listedOriginIsEchoedAndVaries() {
    Project project = newProject();
    serve(
        project.table(
            1, allowing("http://a.test"), null, Endpoint.of(1, "GET", "/items").body("[]")));

    HttpResponse<String> response = mock.get(project.path("/items"), "Origin", "http://a.test");

    assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("http://a.test");
    assertThat(response.headers().firstValue("Vary")).hasValue("Origin");
  }

  @Test
  void otherOriginGetsNoAllowOrigin() {
    Project project = newProject();
    serve(
        project.table(
            1,
            allowing("http://a.test"),
            null,
            Endpoint.of(1, "GET", "/items").body("[]"),
            Endpoint.of(2, "POST", "/items")));

    HttpResponse<String> actual = mock.get(project.path("/items"), "Origin", "http://b.test");
    HttpResponse<String> preflight = preflight(project, "http://b.test");

    assertThat(actual.statusCode()).isEqualTo(200);
    assertThat(actual.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
  }

  @Test
  void problemsOfAKnownProjectCarryItsCorsHeaders() {
    Project project = newProject();
    serve(
        project.table(
            1, allowing("http://a.test"), null, Endpoint.of(1, "GET", "/items").body("[]")));

    HttpResponse<String> unmatched = mock.get(project.path("/nothing"), "Origin", "http://a.test");

    assertThat(unmatched.statusCode()).isEqualTo(404);
    assertThat(unmatched.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("http://a.test");
  }
}
