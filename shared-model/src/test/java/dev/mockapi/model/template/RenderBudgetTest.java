package dev.mockapi.model.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Templates that compile but would grow past a limit at render time (through Faker, the request or
 * the state) are cut off quickly, having allocated a bounded amount.
 */
class RenderBudgetTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  // A render cut off at 1 MiB of output allocates a few MiB; the bombs took the whole heap.
  private static final long MAX_ALLOCATED_BYTES = 64L * 1024 * 1024;
  // Tens of milliseconds on a quiet machine; loose, as tests share a busy one. The bombs took
  // minutes or ran out of memory.
  private static final Duration QUICKLY = Duration.ofSeconds(3);

  @BeforeAll
  static void loadFakerData() {
    TemplateCompiler.compile("{{Faker.text(10)}}", false).render(RequestData.empty(), "en", 1L);
  }

  private static RequestData request(String body, Map<String, String> headers) {
    return new RequestData("POST", "/", Map.of(), Map.of("big", List.of("1")), headers, body);
  }

  private static String render(Template template, RequestData request, JsonNode state) {
    return template.render(request, state, "en", 1L, new RenderBudget());
  }

  /** Renders {@code template}, expecting it cut off for {@code reason} quickly and cheaply. */
  private static void assertCutOff(
      Template template, RequestData request, JsonNode state, String reason) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocated = threads.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();

    assertThatThrownBy(() -> render(template, request, state))
        .isInstanceOf(TemplateRenderException.class)
        .hasMessageContaining(reason);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(QUICKLY);
    assertThat(threads.getCurrentThreadAllocatedBytes() - allocated)
        .isLessThan(MAX_ALLOCATED_BYTES);
  }

  private static void assertCutOff(String template, RequestData request, String reason) {
    assertCutOff(TemplateCompiler.compile(template, true), request, null, reason);
  }

  @Test
  void repeatOfAHugeFakerCallIsCutOff() {
    assertCutOff(
        "[{{#repeat 1000}}\"{{Faker.text(10000)}}\"{{/repeat}}]",
        RequestData.empty(),
        "larger than 1048576 characters");
  }

  @Test
  void requestValuesEchoedInRepeatsAreCutOff() {
    RequestData request = request("b".repeat(64 * 1024), Map.of("x", "h".repeat(30)));

    assertCutOff("{{#repeat 1000}}{{request.body}}{{/repeat}}", request, "larger than");
    assertCutOff(
        "{{#repeat 1000}}{{#repeat 48}}{{request.headers.X}}{{/repeat}}{{/repeat}}",
        request,
        "larger than");
    assertCutOff(
        "[{{#repeat 1000}}\"{{request.path}}{{request.body}}\"{{/repeat}}]",
        request,
        "larger than");
  }

  @Test
  void escapedCharactersCountOnceEscaped() {
    // 200 000 control characters become 1 200 000 once escaped inside a JSON string
    RequestData request = request("\u0001".repeat(200_000), Map.of());

    assertCutOff("[\"{{request.body}}\"]", request, "larger than");
    assertThat(render(TemplateCompiler.compile("[{{request.body}}]", true), request, null))
        .hasSize(200_002);
  }

  @Test
  void stateValuesEchoedInRepeatsAreCutOff() {
    JsonNode state = JSON.readTree("{\"items\": [\"" + "s".repeat(20_000) + "\"]}");

    assertCutOff(
        TemplateCompiler.compile("[{{#repeat 1000}}{{state.items}}{{/repeat}}]", true),
        RequestData.empty(),
        state,
        "larger than");
  }

  @Test
  void theCostlyBranchOfAnIfIsCutOffWhenTakenAndTheOtherRenders() {
    Template template =
        TemplateCompiler.compile(
            "[{{#repeat 1000}}{{#if request.query.big}}\"{{Faker.paragraph()}}{{Faker.text(10000)}}\""
                + "{{else}}0{{/if}}{{/repeat}}]",
            true);

    assertCutOff(template, request("", Map.of()), null, "larger than");
    assertThat(JSON.readTree(render(template, RequestData.empty(), null)).size()).isEqualTo(1000);
  }

  @Test
  void fakerValuesTestedByIfSpendTheirCharacters() {
    assertCutOff(
        "{{#repeat 1000}}{{#if Faker.text(10000)}}{{/if}}{{/repeat}}",
        RequestData.empty(),
        "larger than");
  }

  @Test
  void largeRequestAndStateValuesAreTestedWithoutCopies() {
    String user = "{\"name\": \"" + "u".repeat(500_000) + "\"}";
    JsonNode state = JSON.readTree("{\"items\": [" + user + "]}");
    Template template =
        TemplateCompiler.compile(
            "[{{#repeat 1000}}{{#repeat 19}}{{#if state.items}}1{{/if}}{{#if request.body.user}}"
                + "{{else}}2{{/if}}{{/repeat}}{{/repeat}}]",
            true);
    long start = System.nanoTime();

    String out = render(template, request("{\"user\": " + user + "}", Map.of()), state);

    assertThat(out).hasSize(2 + 1000 * (19 + 18) + 999);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(QUICKLY);
  }

  @Test
  void outputAtTheLimitRendersAndOneMoreCharacterIsCutOff() {
    Template echo = TemplateCompiler.compile("{{request.body}}", false);
    String limit = "a".repeat(TemplateLimits.MAX_OUTPUT_CHARS);

    assertThat(render(echo, request(limit, Map.of()), null)).hasSize(limit.length());
    assertCutOff(echo, request(limit + "a", Map.of()), null, "larger than");
    assertThat(
            render(
                TemplateCompiler.compile(
                    "{{#repeat 1000}}" + "x".repeat(1_047) + "{{/repeat}}", true),
                RequestData.empty(),
                null))
        .hasSize(1_047_999);
  }

  @Test
  void theBudgetHoldsForTreesTheCompilerWouldRefuse() {
    Node empty = new Node.Repeat(1000, 1000, List.of());
    Node nested = new Node.Repeat(1000, 1000, List.of(new Node.Repeat(1000, 1000, List.of(empty))));
    Node faker =
        new Node.Value(new Expression.FakerCall(FakerCatalog.find("pybool"), new Object[0]), false);

    assertCutOff(
        new Template(List.of(nested), true, ""), RequestData.empty(), null, "render steps");
    Node calls = new Node.Repeat(1000, 1000, List.of(new Node.Repeat(1000, 1000, List.of(faker))));
    assertCutOff(
        new Template(List.of(calls), true, ""),
        RequestData.empty(),
        null,
        "calls Faker more than 20000 times");
  }

  @Test
  void theTemplatesOfOneResponseShareItsBudget() {
    Template steps =
        TemplateCompiler.compile("{{#repeat 990}}{{#repeat 99}}{{/repeat}}{{/repeat}}", true);
    Template chars =
        TemplateCompiler.compile("{{#repeat 600}}" + "c".repeat(999) + "{{/repeat}}", true);
    RenderBudget headers = new RenderBudget();
    RenderBudget body = new RenderBudget();

    steps.render(RequestData.empty(), null, "en", 1L, headers);
    chars.render(RequestData.empty(), null, "en", 1L, body);

    assertThatThrownBy(() -> steps.render(RequestData.empty(), null, "en", 1L, headers))
        .hasMessageContaining("render steps");
    assertThatThrownBy(() -> chars.render(RequestData.empty(), null, "en", 1L, body))
        .hasMessageContaining("larger than");
  }

  @Test
  void aThousandObjectsOfTenFakerFieldsRender() {
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
    Template template =
        TemplateCompiler.compile("[{{#repeat 1000}}" + item + "}{{/repeat}}]", true);

    JsonNode out = JSON.readTree(render(template, RequestData.empty(), null));

    assertThat(out.size()).isEqualTo(1000);
    assertThat(out.get(999).path("email").asString()).contains("@");
  }
}
