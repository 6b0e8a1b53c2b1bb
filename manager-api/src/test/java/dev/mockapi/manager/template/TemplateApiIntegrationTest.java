package dev.mockapi.manager.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.manager.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TemplateApiIntegrationTest extends IntegrationTest {

  @Test
  void catalogListsEveryFunctionWithAnExample() {
    Account ann = signUp("ann");

    var catalog = api.get("/api/templates/faker", ann.token());

    assertThat(catalog.status()).isEqualTo(200);
    assertThat(catalog.body().findValuesAsString("name"))
        .contains("name", "email", "random_int", "uuid4", "date_between", "credit_card_number");
    for (JsonNode entry : catalog.body()) {
      assertThat(entry.path("example").asString()).as(entry.path("name").asString()).isNotEmpty();
      assertThat(entry.path("usage").asString()).startsWith("{{Faker.");
    }
  }

  @Test
  void previewRendersAgainstASampleRequestAndIsReproducibleWithASeed() {
    Account ann = signUp("ann");
    Map<String, Object> preview =
        Map.of(
            "template",
            "{\"id\": \"{{request.path.id}}\", \"q\": \"{{request.query.q}}\", \"name\": \"{{request.body.name}}\","
                + " \"fake\": \"{{Faker.name()}}\"}",
            "request",
            Map.of(
                "method",
                "POST",
                "pathParams",
                Map.of("id", "7"),
                "query",
                Map.of("q", "x"),
                "body",
                "{\"name\": \"O'Brien \\\"Jr\\\"\"}"),
            "seed",
            42);

    var first = api.post("/api/templates/preview", ann.token(), preview);
    var second = api.post("/api/templates/preview", ann.token(), preview);

    assertThat(first.status()).as(first.text()).isEqualTo(200);
    JsonNode output = JsonMapper.builder().build().readTree(first.text("output"));
    assertThat(output.path("id").asString()).isEqualTo("7");
    assertThat(output.path("q").asString()).isEqualTo("x");
    assertThat(output.path("name").asString()).isEqualTo("O'Brien \"Jr\"");
    assertThat(second.text("output")).isEqualTo(first.text("output"));
  }

  @Test
  void previewOfABadTemplateNamesLineAndColumn() {
    Account ann = signUp("ann");

    var response =
        api.post(
            "/api/templates/preview",
            ann.token(),
            Map.of("template", "{\n  \"a\": \"{{Faker.nmae()}}\"\n}"));

    assertThat(response.status()).isEqualTo(400);
    JsonNode error = response.body().path("errors").get(0);
    assertThat(error.path("field").asString()).isEqualTo("template");
    assertThat(error.path("line").asInt()).isEqualTo(2);
    assertThat(error.path("column").asInt()).isEqualTo(17);
    assertThat(error.path("message").asString()).contains("did you mean name?");
  }

  @Test
  void savingAnEndpointWithABadTemplateIsRefusedWithLineAndColumn() {
    Account ann = signUp("ann");
    long projectId = createProject(ann, createOrg(ann, "Org"), "Templates").id();

    var response =
        api.post(
            "/api/projects/" + projectId + "/endpoints",
            ann.token(),
            Map.of(
                "method", "GET",
                "path", "/a",
                "response",
                    Map.of(
                        "headers",
                        Map.of("X-Id", "{{uuid"),
                        "body",
                        "[\n{{#repeat 3}}\n  {\"i\": {{@index}}}\n]")));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().path("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("response.body", "response.headers.X-Id");
    JsonNode bodyError =
        response.body().path("errors").findParents("field").stream()
            .filter(e -> e.path("field").asString().equals("response.body"))
            .findFirst()
            .orElseThrow();
    assertThat(bodyError.path("line").asInt()).isEqualTo(2);
    assertThat(bodyError.path("message").asString()).contains("never closed");
  }
}
