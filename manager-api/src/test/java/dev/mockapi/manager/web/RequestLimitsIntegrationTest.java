package dev.mockapi.manager.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.manager.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestLimitsIntegrationTest extends IntegrationTest {

  private static final int OVER_LIMIT = 2 * 1024 * 1024 + 1;

  @Test
  void declaredBodyOverTheLimitThen413() {
    Account ann = signUp("ann");
    String body = "{\"name\": \"" + "x".repeat(OVER_LIMIT) + "\"}";

    var response = api.post("/api/orgs", ann.token(), body);

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.text("type")).isEqualTo("urn:mockapi:problem:payload-too-large");
  }

  @Test
  void chunkedBodyOverTheLimitThen413() throws Exception {
    Account ann = signUp("ann");
    // Many short strings: one string this long would be refused sooner, as too long a string.
    String padding = ("\"" + "x".repeat(1022) + "\",").repeat(OVER_LIMIT / 1024 + 1);
    byte[] body =
        ("{\"name\": \"n\", \"padding\": [" + padding + "\"x\"]}").getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/orgs"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + ann.token())
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build();

    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("payload-too-large");
  }

  @Test
  void urlsOverTheHeaderLimitAreRefusedWithAProblemBeforeAnyWork() throws Exception {
    Account ann = signUp("ann");
    for (String target :
        new String[] {
          "/api/projects/1/logs?path=/" + "a".repeat(9_000),
          "/api/projects/1/state/" + "c".repeat(9_000),
          "/api/projects/" + "9".repeat(9_000),
        }) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + target))
              .header("Authorization", "Bearer " + ann.token())
              .GET()
              .build();

      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(response.body())
          .contains("urn:mockapi:problem:bad-request")
          .contains("8192 bytes");
    }
    long projectId = createProject(ann, createOrg(ann, "Ann's Org"), "Shop").id();
    var atTheLimit =
        api.get("/api/projects/" + projectId + "/logs?path=/" + "a".repeat(7_000), ann.token());
    assertThat(atTheLimit.status()).as("a long query within the limit is read").isEqualTo(400);
    assertThat(atTheLimit.text("type")).isEqualTo("urn:mockapi:problem:validation");
  }

  @Test
  void pathsTheFirewallRefusesAreA400Problem() throws Exception {
    Account ann = signUp("ann");
    for (String path :
        new String[] {
          "/api/projects/1/state/..",
          "/api/projects/1/state/.",
          "/api/orgs/1;a=b",
          "/api/orgs//1",
          "/api/orgs/%252e%252e",
          "/api/orgs/a%2fb",
          "/api/orgs/a%00b",
        }) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .header("Authorization", "Bearer " + ann.token())
              .GET()
              .build();

      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).as(path).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type"))
          .as(path)
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(response.body()).as(path).contains("urn:mockapi:problem:bad-request");
    }
  }

  @Test
  void nonNumericIdIsA400ProblemNotA500() {
    Account ann = signUp("ann");

    var response = api.get("/api/orgs/abc", ann.token());

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.text("type")).isEqualTo("urn:mockapi:problem:bad-request");
  }

  @Test
  void unknownRouteIsA404Problem() {
    Account ann = signUp("ann");

    var response = api.get("/api/nothing-here", ann.token());

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.text("type"))
        .as(response.text())
        .isEqualTo("urn:mockapi:problem:not-found");
  }

  @Test
  void wrongMethodIsA405Problem() {
    Account ann = signUp("ann");

    var response = api.put("/api/orgs", ann.token(), "{}");

    assertThat(response.status()).isEqualTo(405);
  }
}
