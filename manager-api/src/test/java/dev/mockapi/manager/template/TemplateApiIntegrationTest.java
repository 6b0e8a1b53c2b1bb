package dev.mockapi.manager.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.manager.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
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

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "[{{#repeat 1000}}{{#repeat 1000}}{{#repeat 1000}}{{/repeat}}{{/repeat}}{{/repeat}}]|20|render steps",
        "[\\n  {{#repeat 0 1000}}[{{#repeat 0 1000}}1{{/repeat}}]{{/repeat}}]|5|render steps",
        "{{#repeat 1000}}{{#repeat 30}}{{Faker.word()}}{{/repeat}}{{/repeat}}|3|call Faker",
        "{{#repeat 1000}}{{#if request.query.a}}{{#repeat 1000}}x{{/repeat}}{{/if}}{{/repeat}}|3|render steps",
        "{{Faker.text(99999999)}}|14|max_nb_chars of Faker.text must be from 0 to 10000",
      })
  void previewOfATemplateTooCostlyToRenderIsRefusedWithItsPosition(
      String template, int column, String reason) {
    Account ann = signUp("ann");
    String source = template.replace("\\n", "\n");

    var response = api.post("/api/templates/preview", ann.token(), Map.of("template", source));

    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.text("type")).isEqualTo("urn:mockapi:problem:validation");
    JsonNode error = response.body().path("errors").get(0);
    assertThat(error.path("field").asString()).isEqualTo("template");
    assertThat(error.path("line").asInt()).isEqualTo(source.contains("\n") ? 2 : 1);
    assertThat(error.path("column").asInt()).isEqualTo(column);
    assertThat(error.path("message").asString()).contains(reason);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "[{{#repeat 1000}}\"{{Faker.text(10000)}}\"{{/repeat}}]",
        "[{{#repeat 1000}}\"{{request.body}}\"{{/repeat}}]",
        "{{#repeat 1000}}{{#repeat 48}}{{request.headers.x}}{{/repeat}}{{/repeat}}",
        "{{#repeat 1000}}{{#if request.query.big}}{{request.body}}{{else}}0{{/if}}{{/repeat}}",
        "{{#repeat 1000}}{{#if Faker.text(10000)}}{{/if}}{{/repeat}}",
      })
  void previewCutOffByTheRenderBudgetIsA400(String template) {
    Account ann = signUp("ann");
    Map<String, Object> sample =
        Map.of(
            "body",
            "\u0001".repeat(50_000),
            "headers",
            Map.of("x", "h".repeat(30)),
            "query",
            Map.of("big", "1"));

    var response =
        api.post(
            "/api/templates/preview", ann.token(), Map.of("template", template, "request", sample));

    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.text("type")).isEqualTo("urn:mockapi:problem:validation");
    assertThat(response.body().path("errors").get(0).path("message").asString())
        .contains("larger than 1048576 characters");
  }

  @Test
  void previewOfAFakerValueMissingInTheLocaleIsA400() {
    Account ann = signUp("ann");

    var response =
        api.post(
            "/api/templates/preview",
            ann.token(),
            Map.of("template", "{{Faker.phone_number()}}", "locale", "zz"));

    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.text("detail")).contains("Faker.phone_number has no value in this locale");
  }

  @Test
  void previewOfAThousandObjectsOfTenFakerFieldsRenders() {
    Account ann = signUp("ann");
    StringBuilder item = new StringBuilder("{\"id\": {{@index}}");
    for (String field :
        List.of(
            "name",
            "email",
            "city",
            "company",
            "phone_number",
            "job",
            "street_address",
            "iban",
            "uuid4",
            "date")) {
      item.append(", \"").append(field).append("\": \"{{Faker.").append(field).append("()}}\"");
    }

    var response =
        api.post(
            "/api/templates/preview",
            ann.token(),
            Map.of("template", "[{{#repeat 1000}}" + item + "}{{/repeat}}]"));

    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(JsonMapper.builder().build().readTree(response.text("output")).size())
        .isEqualTo(1000);
  }

  @Test
  void savingAnEndpointOrAResourceWithATemplateTooCostlyIsRefusedWithItsPosition() {
    Account ann = signUp("ann");
    long projectId = createProject(ann, createOrg(ann, "Org"), "Bombs").id();
    String bomb = "[\n{{#repeat 1000}}{{#repeat 1000}}1{{/repeat}}{{/repeat}}]";

    var endpoint =
        api.post(
            "/api/projects/" + projectId + "/endpoints",
            ann.token(),
            Map.of(
                "method",
                "GET",
                "path",
                "/a",
                "response",
                Map.of(
                    "headers",
                    Map.of("X-Bomb", "{{#repeat 1000}}{{#repeat 200}}{{/repeat}}{{/repeat}}"),
                    "body",
                    bomb)));
    var resource =
        api.post(
            "/api/projects/" + projectId + "/resources",
            ann.token(),
            Map.of("name", "users", "seedCount", 1, "itemTemplate", "{\"a\": " + bomb + "}"));

    assertThat(endpoint.status()).as(endpoint.text()).isEqualTo(400);
    assertThat(endpoint.body().path("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("response.body", "response.headers.X-Bomb");
    assertThat(endpoint.body().path("errors").findValuesAsString("message"))
        .allSatisfy(message -> assertThat(message).contains("render steps"));
    assertThat(endpoint.body().path("errors").findValues("line"))
        .extracting(JsonNode::asInt)
        .containsExactlyInAnyOrder(2, 1);
    assertThat(resource.status()).as(resource.text()).isEqualTo(400);
    JsonNode error = resource.body().path("errors").get(0);
    assertThat(error.path("field").asString()).isEqualTo("itemTemplate");
    assertThat(error.path("line").asInt()).isEqualTo(2);
    assertThat(error.path("column").asInt()).isEqualTo(3);
  }
}
