package dev.mockapi.engine.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.engine.EngineIntegrationTest;
import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.MockClient;
import dev.mockapi.engine.support.Project;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What a matched endpoint answers: static and templated bodies, seeds, HEAD, state. */
class ResponseTest extends EngineIntegrationTest {

  private static final String UNICODE = "Grüße ✓ 🚀\r\nline two\n";

  @Test
  void staticBodyIsServedByteExactWithItsStatusAndHeaders() {
    Project project = newProject();
    serve(
        project.table(
            1,
            Endpoint.of(1, "GET", "/static")
                .status(201)
                .header("Content-Type", "text/plain; charset=utf-8")
                .header("X-Custom", "yes")
                .body(UNICODE)));

    HttpResponse<byte[]> response =
        mock.send(
            mock.request(project.path("/static")).build(), HttpResponse.BodyHandlers.ofByteArray());

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body()).isEqualTo(UNICODE.getBytes(StandardCharsets.UTF_8));
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
    assertThat(response.headers().firstValue("X-Custom")).hasValue("yes");
  }

  @Test
  void jsonLookingBodyWithoutContentTypeIsSentAsJson() {
    Project project = newProject();
    serve(project.table(1, Endpoint.of(1, "GET", "/j").body("  {\"a\": 1}")));

    HttpResponse<String> response = mock.get(project.path("/j"));

    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(MockClient.json(response).path("a").asInt()).isEqualTo(1);
  }

  @Test
  void templatedBodyRendersRequestValuesAndFakerValues() {
    Project project = newProject();
    serve(
        project.table(
            1,
            Endpoint.of(1, "ANY", "/users/{id}")
                .header("X-Page", "page {{request.query.page}}")
                .json(
                    """
                    {"id": "{{request.path.id}}", "page": "{{request.query.page}}",
                     "user": "{{request.headers.X-User}}", "method": "{{request.method}}",
                     "path": "{{request.path}}", "name": "{{Faker.name()}}",
                     "n": {{Faker.random_int(1, 100)}}}
                    """)));

    HttpResponse<String> response =
        mock.send(
            mock.request(project.path("/users/a%20b?page=3&page=4"))
                .header("X-User", "ann")
                .method("PATCH", HttpRequest.BodyPublishers.noBody())
                .build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Page")).hasValue("page 3");
    JsonNode body = MockClient.json(response);
    assertThat(body.path("id").asString()).isEqualTo("a b");
    assertThat(body.path("page").asString()).isEqualTo("3");
    assertThat(body.path("user").asString()).isEqualTo("ann");
    assertThat(body.path("method").asString()).isEqualTo("PATCH");
    assertThat(body.path("path").asString()).isEqualTo("/users/a%20b");
    assertThat(body.path("name").asString()).isNotBlank();
    assertThat(body.path("n").asInt()).isBetween(1, 100);
  }

  @Test
  void sameSeedGivesTheSameBodyAndAnotherSeedAnother() {
    Project project = newProject();
    serve(
        project.table(
            1,
            Endpoint.of(1, "GET", "/random")
                .json(
                    "{\"name\": \"{{Faker.name()}}\", \"id\": \"{{uuid}}\","
                        + " \"n\": {{Faker.random_int(1, 1000000)}}}")));

    String first = mock.get(project.path("/random"), "X-Mock-Seed", "42").body();
    String again = mock.get(project.path("/random"), "X-Mock-Seed", "42").body();
    String other = mock.get(project.path("/random"), "X-Mock-Seed", "43").body();
    String unseeded = mock.get(project.path("/random")).body();

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(unseeded).isNotEqualTo(first);
  }

  @Test
  void invalidSeedThen400() {
    Project project = newProject();
    serve(project.table(1, Endpoint.of(1, "GET", "/random").json("{\"id\": \"{{uuid}}\"}")));

    HttpResponse<String> response = mock.get(project.path("/random"), "X-Mock-Seed", "12abc");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(MockClient.json(response).path("title").asString()).isEqualTo("Invalid X-Mock-Seed");
  }

  @Test
  void requestValuesWithQuotesAndBackslashesKeepTheBodyValidJson() {
    Project project = newProject();
    serve(
        project.table(
            1,
            Endpoint.of(1, "GET", "/echo")
                .json(
                    "{\"q\": \"{{request.query.q}}\", \"note\": \"{{request.headers.X-Note}}\"}")));

    HttpResponse<String> response =
        mock.get(project.path("/echo?q=a%22b%5Cc%0Ad"), "X-Note", "say \"hi\" \\ bye");

    JsonNode body = MockClient.json(response);
    assertThat(body.path("q").asString()).isEqualTo("a\"b\\c\nd");
    assertThat(body.path("note").asString()).isEqualTo("say \"hi\" \\ bye");
  }

  @Test
  void headAnswersTheGetHeadersWithoutABody() {
    Project project = newProject();
    serve(
        project.table(1, Endpoint.of(1, "GET", "/doc").header("X-Doc", "1").body("twelve chars")));

    HttpResponse<String> response = mock.send(mock.request(project.path("/doc")).HEAD().build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Length")).hasValue("12");
    assertThat(response.headers().firstValue("X-Doc")).hasValue("1");
    assertThat(response.body()).isEmpty();
  }

  @Test
  void trailingSlashOnTheRequestIsTolerated() {
    Project project = newProject();
    serve(project.table(1, Endpoint.of(1, "GET", "/users").body("list")));

    assertThat(mock.get(project.path("/users/")).body()).isEqualTo("list");
  }

  @Test
  void projectRootIsServedWithAndWithoutTrailingSlash() {
    Project project = newProject();
    serve(project.table(1, Endpoint.of(1, "GET", "/").body("root")));

    assertThat(mock.get(project.path("")).body()).isEqualTo("root");
    assertThat(mock.get(project.path("/?a=1")).body()).isEqualTo("root");
  }

  @Test
  void requestValueWithALineBreakNeverInjectsAResponseHeader() {
    Project project = newProject();
    serve(
        project.table(
            1, Endpoint.of(1, "GET", "/h").header("X-Echo", "v={{request.query.v}}").body("ok")));

    HttpResponse<String> response = mock.get(project.path("/h?v=a%0D%0AX-Injected:%20yes"));

    assertThat(response.headers().firstValue("X-Injected")).isEmpty();
    assertThat(response.headers().firstValue("X-Echo")).hasValue("v=a  X-Injected: yes");
    assertThat(mock.get(project.path("/h?v=fine")).headers().firstValue("X-Echo"))
        .hasValue("v=fine");
  }
}
