package dev.mockapi.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.engine.EngineIntegrationTest;
import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.MockClient;
import dev.mockapi.engine.support.Project;
import dev.mockapi.model.StateAction;
import dev.mockapi.model.StateBinding;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CollectionCrudTest extends EngineIntegrationTest {

  private Project project;

  @BeforeEach
  void users() {
    project = newProject();
    List<Endpoint> endpoints = new ArrayList<>(List.of(Endpoint.crud(1, "users")));
    endpoints.add(
        Endpoint.of(10, "POST", "/users/reset")
            .priority(1)
            .state(new StateBinding("users", StateAction.RESET)));
    endpoints.add(
        Endpoint.of(11, "DELETE", "/quiet/{id}")
            .status(204)
            .state(new StateBinding("users", StateAction.DELETE)));
    endpoints.add(
        Endpoint.of(12, "GET", "/envelope")
            .json("{\"data\": {{state.items}}, \"total\": {{state.total}}}")
            .state(new StateBinding("users", StateAction.LIST)));
    endpoints.add(
        Endpoint.of(13, "GET", "/greeting/{id}")
            .header("X-User", "{{state.item.name}}")
            .body("Hello {{state.item.name}} from {{state.item.address.city}}")
            .state(new StateBinding("users", StateAction.GET)));
    serve(project.table(1, endpoints.toArray(Endpoint[]::new)));
  }

  private HttpResponse<String> call(String method, String path, String body) {
    return mock.send(method, project.path(path), body);
  }

  private JsonNode json(String method, String path, String body) {
    return MockClient.json(call(method, path, body));
  }

  @Test
  void createAssignsAscendingNumericIdsAndAnswers201WithTheStoredItem() {
    HttpResponse<String> first = call("POST", "/users", "{\"name\":\"Ada\"}");
    HttpResponse<String> second = call("POST", "/users", "{}");

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(first.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(first.body()).isEqualTo("{\"name\":\"Ada\",\"id\":1}");
    assertThat(second.body()).isEqualTo("{\"id\":2}");
    assertThat(call("GET", "/users/1", null).body()).isEqualTo("{\"name\":\"Ada\",\"id\":1}");
  }

  @Test
  void clientGivenIdIsKeptAndTheNextAssignedIdFollowsIt() {
    assertThat(call("POST", "/users", "{\"id\":41,\"name\":\"Ada\"}").statusCode()).isEqualTo(201);
    assertThat(call("POST", "/users", "{\"id\":\"abc\",\"name\":\"Bob\"}").statusCode())
        .isEqualTo(201);

    assertThat(json("POST", "/users", "{\"name\":\"Cy\"}").path("id").asInt()).isEqualTo(42);
    assertThat(json("GET", "/users/abc", null).path("name").asString()).isEqualTo("Bob");
  }

  @Test
  void createWithATakenIdThen409() {
    call("POST", "/users", "{\"id\":7}");

    HttpResponse<String> duplicate = call("POST", "/users", "{\"id\":\"7\",\"name\":\"Again\"}");

    assertThat(duplicate.statusCode()).isEqualTo(409);
    assertThat(MockClient.json(duplicate).path("type").asString())
        .isEqualTo("urn:mockapi:problem:duplicate-id");
    assertThat(json("GET", "/users/7", null).has("name")).isFalse();
  }

  @Test
  void aBodyThatIsNotAJsonObjectThen400() {
    for (String body : List.of("[1,2]", "\"text\"", "{not json", "", "{\"id\": true}")) {
      HttpResponse<String> response = call("POST", "/users", body);
      assertThat(response.statusCode()).as(body).isEqualTo(400);
      assertThat(MockClient.json(response).path("type").asString())
          .isEqualTo("urn:mockapi:problem:invalid-item");
    }
    assertThat(call("PUT", "/users/1", "[]").statusCode()).isEqualTo(400);
  }

  @Test
  void aMissingIdThen404ProblemForEveryActionById() {
    for (String method : List.of("GET", "PUT", "PATCH", "DELETE")) {
      HttpResponse<String> response = call(method, "/users/99", "{\"name\":\"x\"}");
      assertThat(response.statusCode()).as(method).isEqualTo(404);
      JsonNode problem = MockClient.json(response);
      assertThat(problem.path("type").asString()).isEqualTo("urn:mockapi:problem:item-not-found");
      assertThat(problem.path("detail").asString()).contains("'99'").contains("'users'");
    }
  }

  @Test
  void replaceSwapsTheWholeItemButKeepsItsId() {
    call("POST", "/users", "{\"name\":\"Ada\",\"role\":\"admin\"}");

    HttpResponse<String> replaced = call("PUT", "/users/1", "{\"id\":5,\"name\":\"Ada L\"}");

    assertThat(replaced.statusCode()).isEqualTo(200);
    assertThat(replaced.body()).isEqualTo("{\"id\":1,\"name\":\"Ada L\"}");
    assertThat(call("GET", "/users/1", null).body()).isEqualTo(replaced.body());
    assertThat(call("GET", "/users/5", null).statusCode()).isEqualTo(404);
  }

  @Test
  void patchIsAJsonMergePatch() {
    call(
        "POST",
        "/users",
        "{\"name\":\"Ada\",\"role\":\"admin\",\"address\":{\"city\":\"London\",\"zip\":\"N1\"}}");

    JsonNode patched =
        json("PATCH", "/users/1", "{\"role\":null,\"address\":{\"zip\":\"E2\"},\"id\":9}");

    assertThat(patched.toString())
        .isEqualTo("{\"name\":\"Ada\",\"address\":{\"city\":\"London\",\"zip\":\"E2\"},\"id\":1}");
  }

  @Test
  void deleteAnswersTheDeletedItemOr204WhenTheEndpointSaysSo() {
    call("POST", "/users", "{\"name\":\"Ada\"}");
    call("POST", "/users", "{\"name\":\"Bob\"}");

    HttpResponse<String> deleted = call("DELETE", "/users/1", null);
    HttpResponse<String> quiet = call("DELETE", "/quiet/2", null);

    assertThat(deleted.statusCode()).isEqualTo(200);
    assertThat(deleted.body()).isEqualTo("{\"name\":\"Ada\",\"id\":1}");
    assertThat(quiet.statusCode()).isEqualTo(204);
    assertThat(quiet.body()).isEmpty();
    assertThat(call("GET", "/users", null).body()).isEqualTo("[]");
  }

  @Test
  void resetEmptiesAnUnseededCollection() {
    call("POST", "/users", "{\"name\":\"Ada\"}");

    JsonNode reset = json("POST", "/users/reset", null);

    assertThat(reset.path("removed").asInt()).isEqualTo(1);
    assertThat(call("GET", "/users", null).body()).isEqualTo("[]");
    assertThat(json("POST", "/users", "{}").path("id").asInt()).as("ids start again").isEqualTo(1);
  }

  @Test
  void templatesReadTheItemAndWrapTheListInAnEnvelope() {
    call("POST", "/users", "{\"name\":\"Ada\",\"address\":{\"city\":\"London\"}}");
    call("POST", "/users", "{\"name\":\"Bob\"}");

    HttpResponse<String> greeting = call("GET", "/greeting/1", null);
    JsonNode envelope = json("GET", "/envelope", null);

    assertThat(greeting.body()).isEqualTo("Hello Ada from London");
    assertThat(greeting.headers().firstValue("X-User")).hasValue("Ada");
    assertThat(envelope.path("total").asInt()).isEqualTo(2);
    assertThat(envelope.path("data").get(1).path("name").asString()).isEqualTo("Bob");
  }

  @Test
  void anItemOverTheSizeLimitThen413NamingTheLimit() {
    String big = "{\"text\":\"" + "x".repeat(300 * 1024) + "\"}";

    HttpResponse<String> response = call("POST", "/users", big);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(MockClient.json(response).path("detail").asString())
        .contains("mockapi.limits.item-size");
  }

  @Test
  void collectionsArePerProject() {
    call("POST", "/users", "{\"name\":\"Ada\"}");
    Project other = newProject();
    serve(other.table(1, Endpoint.crud(1, "users")));

    assertThat(mock.get(other.path("/users")).body()).isEqualTo("[]");
    assertThat(mock.get(other.path("/users/1")).statusCode()).isEqualTo(404);
  }
}
