package dev.mockapi.engine.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.engine.EngineIntegrationTest;
import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.MockClient;
import dev.mockapi.engine.support.Project;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Requests nothing answers: problem JSON that helps find the endpoint meant. */
class NotFoundTest extends EngineIntegrationTest {

  @Test
  void unmatchedRequestThen404NamingMethodPathAndNearestRoutes() {
    Project project = newProject();
    serve(
        project.table(
            1,
            Endpoint.of(1, "GET", "/orders/{id}"),
            Endpoint.of(2, "GET", "/users"),
            Endpoint.of(3, "POST", "/users")));

    HttpResponse<String> response =
        mock.send(
            mock.request(project.path("/user?x=1"))
                .method("DELETE", HttpRequest.BodyPublishers.noBody())
                .build());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = MockClient.json(response);
    assertThat(problem.path("type").asString())
        .isEqualTo("urn:mockapi:problem:no-matching-endpoint");
    assertThat(problem.path("method").asString()).isEqualTo("DELETE");
    assertThat(problem.path("path").asString()).isEqualTo("/user");
    assertThat(problem.path("nearest").valueStream().map(JsonNode::asString).toList())
        .hasSize(3)
        .startsWith("GET /users");
  }

  @Test
  void unknownSlugThen404() {
    Project project = newProject();

    HttpResponse<String> response = mock.get(project.path("/anything"));

    assertThat(response.statusCode()).isEqualTo(404);
    JsonNode problem = MockClient.json(response);
    assertThat(problem.path("title").asString()).isEqualTo("Unknown project");
    assertThat(problem.path("detail").asString()).contains(project.slug());
  }

  @Test
  void pathOutsideTheMocksThen404() {
    HttpResponse<String> response = mock.get("/users");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(MockClient.json(response).path("detail").asString()).contains("/mock/");
  }
}
