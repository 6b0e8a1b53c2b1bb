package dev.mockapi.model.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TemplateTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final RequestData REQUEST =
      new RequestData(
          "POST",
          "/users/42",
          Map.of("id", "42"),
          Map.of("page", List.of("3", "4")),
          Map.of("x-user", "ann"),
          "{\"user\": {\"name\": \"O'Brien \\\"Jr\\\" \\\\\", \"tags\": [\"a\", \"b\"]}, \"n\": 7}");

  private static String render(String template) {
    return TemplateCompiler.compile(template, true).render(REQUEST, "en", null);
  }

  private static JsonNode renderJson(String template) {
    return JSON.readTree(render(template));
  }

  @Test
  void requestValuesAreReadable() {
    JsonNode out =
        renderJson(
            """
            {"id": "{{request.path.id}}", "page": "{{request.query.page}}", "user": "{{request.headers.X-User}}",
             "method": "{{request.method}}", "path": "{{request.path}}", "tag": "{{request.body.user.tags[1]}}",
             "n": {{request.body.n}}, "missing": "{{request.query.nope}}"}
            """);

    assertThat(out.path("id").asString()).isEqualTo("42");
    assertThat(out.path("page").asString()).isEqualTo("3");
    assertThat(out.path("user").asString()).isEqualTo("ann");
    assertThat(out.path("method").asString()).isEqualTo("POST");
    assertThat(out.path("path").asString()).isEqualTo("/users/42");
    assertThat(out.path("tag").asString()).isEqualTo("b");
    assertThat(out.path("n").asInt()).isEqualTo(7);
    assertThat(out.path("missing").asString()).isEmpty();
  }

  @Test
  void valuesInsideJsonStringsAreEscaped() {
    JsonNode out =
        renderJson("{\"name\": \"{{request.body.user.name}}\", \"raw\": {{request.body.user}}}");

    assertThat(out.path("name").asString()).isEqualTo("O'Brien \"Jr\" \\");
    assertThat(out.path("raw").path("tags").size()).isEqualTo(2);
  }

  @Test
  void textTemplatesAreNotEscaped() {
    String out =
        TemplateCompiler.compile("Hi {{request.body.user.name}}", false)
            .render(REQUEST, "en", null);

    assertThat(out).isEqualTo("Hi O'Brien \"Jr\" \\");
  }

  @Test
  void repeatJoinsItemsWithCommasAndCountsIndex() {
    JsonNode out =
        renderJson("[{{#repeat 3}}{\"i\": {{@index}}, \"id\": \"{{uuid}}\"}{{/repeat}}]");

    assertThat(out.size()).isEqualTo(3);
    assertThat(out.findValues("i").stream().map(JsonNode::asInt)).containsExactly(0, 1, 2);
    assertThat(out.get(0).path("id").asString()).matches("[0-9a-f-]{36}");
  }

  @Test
  void randomRepeatStaysInRange() {
    for (int i = 0; i < 50; i++) {
      assertThat(renderJson("[{{#repeat 2 5}}{{@index}}{{/repeat}}]").size()).isBetween(2, 5);
    }
  }

  @Test
  void nestedRepeatsKeepTheirOwnIndex() {
    JsonNode out =
        renderJson("[{{#repeat 2}}[{{#repeat 2}}{{@index}}{{/repeat}}, {{@index}}]{{/repeat}}]");

    assertThat(out.toString()).isEqualTo("[[0,1,0],[0,1,1]]");
  }

  @Test
  void ifChoosesABranch() {
    assertThat(render("{{#if request.query.page}}yes{{else}}no{{/if}}")).isEqualTo("yes");
    assertThat(render("{{#if request.query.nope}}yes{{else}}no{{/if}}")).isEqualTo("no");
    assertThat(render("{{#if request.query.nope}}yes{{/if}}")).isEmpty();
  }

  @Test
  void nowAndUuid() {
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    assertThat(render("{{now 'yyyy-MM-dd'}}"))
        .isIn(today, LocalDate.now(ZoneOffset.UTC).toString());
    assertThat(render("{{uuid}}"))
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  }

  @Test
  void aSeedMakesFakeDataReproducible() {
    Template template =
        TemplateCompiler.compile(
            "{\"n\": \"{{Faker.name()}}\", \"e\": \"{{Faker.email()}}\", \"i\": {{Faker.random_int(1, 1000000)}},"
                + " \"u\": \"{{uuid}}\", \"d\": \"{{Faker.date()}}\", \"l\": [{{#repeat 1 9}}1{{/repeat}}]}",
            true);

    String first = template.render(REQUEST, "en", 42L);
    String again = template.render(REQUEST, "en", 42L);
    String other = template.render(REQUEST, "en", 43L);

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void everyCatalogFunctionRendersWithItsDefaults() {
    for (FakerFunction function : FakerCatalog.all()) {
      String call =
          function.name().equals("random_element")
              ? "random_element('a', 'b')"
              : function.name() + "()";
      String out = render("{\"v\": \"{{Faker." + call + "}}\"}");

      assertThat(JSON.readTree(out).path("v").asString()).as(function.name()).isNotEmpty();
    }
  }

  @Test
  void catalogFunctionsHonourTheirArguments() {
    for (int i = 0; i < 100; i++) {
      assertThat(Integer.parseInt(render("{{Faker.random_int(5, 7)}}"))).isBetween(5, 7);
      assertThat(render("{{Faker.pyfloat(1, 2, 3)}}")).matches("[12]\\.\\d{3}");
      assertThat(render("{{Faker.random_element('x', 'y')}}")).isIn("x", "y");
      assertThat(render("{{Faker.numerify('AB-###')}}")).matches("AB-\\d{3}");
      String date = render("{{Faker.date_between('-7d', 'today')}}");
      assertThat(LocalDate.parse(date))
          .isBetween(LocalDate.now(ZoneOffset.UTC).minusDays(8), LocalDate.now(ZoneOffset.UTC));
    }
  }

  @Test
  void otherLocalesRender() {
    assertThat(TemplateCompiler.compile("{{Faker.city()}}", false).render(REQUEST, "de-DE", 1L))
        .isNotBlank();
  }

  @Test
  void aFakerValueMissingInALocaleIsARenderError() {
    Template phone = TemplateCompiler.compile("{{Faker.phone_number()}}", false);

    assertThatThrownBy(() -> phone.render(REQUEST, "zz", 1L))
        .isInstanceOf(TemplateRenderException.class)
        .hasMessageContaining("Faker.phone_number has no value in this locale");
  }

  @Test
  void aTemplateWithoutPlaceholdersIsConstant() {
    Template template = TemplateCompiler.compile("{\"a\": 1} \\{{literal}}", true);

    assertThat(template.constantOutput()).isEqualTo("{\"a\": 1} {{literal}}");
    assertThat(template.render(REQUEST, "en", null)).isEqualTo(template.constantOutput());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"a\": \"{{Faker.nmae()}}\"}|1|16|unknown Faker function 'nmae' (did you mean name?)",
        "{\"a\": {{request.path.id}|1|7|never closed",
        "line one\\n  {{#repeat 3}}x|2|5|{{#repeat}} is never closed",
        "{{else}}|1|1|{{else}} must be inside {{#if}}",
        "{{/if}}|1|1|does not close anything",
        "{{#repeat 1001}}{{/repeat}}|1|11|from 0 to 1000",
        "{{#repeat 5 2}}{{/repeat}}|1|11|reversed",
        "{{#each x}}{{/each}}|1|3|unknown block '#each'",
        "{{Faker.random_int('a')}}|1|20|must be a whole number",
        "{{Faker.date_between('-30x')}}|1|22|is not a date",
        "{{Faker.name(1)}}|1|9|takes name()",
        "{{now 'qqqqq-bad'}}|1|7|is not a date pattern",
        "{{request.cookies.x}}|1|11|unknown request value 'cookies'",
        "{{foo}}|1|3|unknown value 'foo'",
        "{{state.users}}|1|9|unknown state value 'users'",
        "{{ }}|1|1|empty",
      })
  void errorsNameLineAndColumn(String source, int line, int column, String reason) {
    String template = source.replace("\\n", "\n");

    assertThatThrownBy(() -> TemplateCompiler.compile(template, true))
        .isInstanceOfSatisfying(
            TemplateException.class,
            e -> {
              assertThat(e.reason()).contains(reason);
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.column()).isEqualTo(column);
            });
  }

  @Test
  void stateValuesRenderAsTextInsideStringsAndAsJsonOutside() {
    var state =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .readTree(
                "{\"item\":{\"name\":\"O'Brien \\\"Jr\\\"\",\"tags\":[\"a\"]},"
                    + "\"items\":[{\"id\":1},{\"id\":2}],\"total\":2}");
    Template template =
        TemplateCompiler.compile(
            "{\"who\": \"{{state.item.name}}\", \"tag\": \"{{state.item.tags[0]}}\","
                + " \"data\": {{state.items}}, \"total\": {{state.total}},"
                + " \"missing\": \"{{state.item.nope}}\"}",
            true);

    String out = template.render(REQUEST, state, "en", null, new RenderBudget());

    assertThat(out)
        .isEqualTo(
            "{\"who\": \"O'Brien \\\"Jr\\\"\", \"tag\": \"a\","
                + " \"data\": [{\"id\":1},{\"id\":2}], \"total\": 2, \"missing\": \"\"}");
  }
}
