package dev.mockapi.model.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Templates whose worst case passes a render limit are refused when compiled, with a position. */
class TemplateCostTest {

  private static Template compile(String template) {
    return TemplateCompiler.compile(template, true);
  }

  private static TemplateException refusal(String template) {
    try {
      compile(template);
    } catch (TemplateException e) {
      return e;
    }
    throw new AssertionError("compiled: " + template);
  }

  private static String nested(String open, String close, int depth, String body) {
    return open.repeat(depth) + body + close.repeat(depth);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // nested empty repeats: the middle one already takes 1 001 000 steps
        "{{#repeat 1000}}{{#repeat 1000}}{{#repeat 1000}}{{/repeat}}{{/repeat}}{{/repeat}}|19|render steps",
        // nested tiny bodies
        "[{{#repeat 1000}}[{{#repeat 1000}}1{{/repeat}}]{{/repeat}}]|4|render steps",
        // separators only
        "{{#repeat 1000}}{{#repeat 1000}}{{/repeat}}{{/repeat}}|3|render steps",
        // ranges count at their largest
        "{{#repeat 0 1000}}{{#repeat 0 1000}}x{{/repeat}}{{/repeat}}|3|render steps",
        "{{#repeat 1000}}{{#repeat 21}}{{Faker.boolean()}}{{/repeat}}{{/repeat}}|3|call Faker up to 21000",
        // a Faker call tested by #if counts too
        "{{#repeat 1000}}{{#repeat 21}}{{#if Faker.pybool()}}{{/if}}{{/repeat}}{{/repeat}}|3|call Faker",
        // request echo: each value is a step, whatever it holds
        "{{#repeat 1000}}{{#repeat 100}}{{request.body}}{{/repeat}}{{/repeat}}|3|render steps",
      })
  void bombsAreRefusedWhenCompiledAtTheirBlock(String template, int column, String reason) {
    TemplateException e = refusal(template);

    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.reason()).contains(reason).contains("lower the repeat counts");
  }

  @Test
  void blocksThatRenderNothingStillTakeSteps() {
    String empties = "{{#repeat 0}}{{/repeat}}{{#if request.query.a}}{{/if}}".repeat(50);

    assertThat(refusal("{{#repeat 1000}}" + empties + "{{/repeat}}").reason())
        .contains("can take up to 101001 render steps");
  }

  @Test
  void pathsReadAtMost32Properties() {
    String path = ".a".repeat(TemplateLimits.MAX_PATH_STEPS);

    assertThat(compile("{{request.body" + path + "}}{{state.item" + path + "}}")).isNotNull();
    assertThat(refusal("{{request.body" + path + "[0]}}").reason())
        .contains("a path reads at most 32 properties");
    assertThat(refusal("{{state.item" + path + ".a}}").column()).isEqualTo(13 + 64);
  }

  @Test
  void theLargerBranchOfAnIfCountsInsideARepeat() {
    String big = "y".repeat(1_100);
    TemplateException e =
        refusal(
            "\n  {{#repeat 1000}}{{#if request.query.a}}" + big + "{{else}}x{{/if}}{{/repeat}}");

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.reason()).contains("characters of its own text");
    assertThat(
            compile(
                "{{#repeat 1000}}{{#if request.query.a}}"
                    + "y".repeat(1_000)
                    + "{{/if}}{{/repeat}}"))
        .isNotNull();
  }

  @Test
  void stepsAtTheLimitCompileAndOneMoreIsRefused() {
    // the outer block and 990 x (an iteration, the inner block, 99 inner iterations): 99 991
    String loops = "{{#repeat 990}}{{#repeat 99}}{{/repeat}}{{/repeat}}";

    assertThat(compile(loops + "{{@index}}".repeat(9))).isNotNull();
    assertThat(refusal(loops + "{{@index}}".repeat(10)).reason())
        .contains("the template can take up to 100001 render steps");
  }

  @Test
  void fakerCallsAtTheLimitCompileAndOneMoreIsRefused() {
    String calls = "{{#repeat 1000}}{{#repeat 10}}{{Faker.pybool()}}{{/repeat}}{{/repeat}}";

    assertThat(compile(calls + calls)).isNotNull();
    assertThat(refusal(calls + calls + "{{Faker.pybool()}}").reason())
        .contains("call Faker up to 20001 times");
  }

  @Test
  void separatorsCountTowardsTheCharacters() {
    // 1000 x 1047 characters and 999 commas fit in 1 048 576; 1000 x 1048 and 999 commas do not
    assertThat(compile("{{#repeat 1000}}" + "x".repeat(1_047) + "{{/repeat}}")).isNotNull();
    assertThat(refusal("{{#repeat 1000}}" + "x".repeat(1_048) + "{{/repeat}}").reason())
        .contains("1048999 characters");
  }

  @Test
  void aConstantTemplateLargerThanAResponseIsRefused() {
    assertThat(refusal("x".repeat(TemplateLimits.MAX_OUTPUT_CHARS + 1)).reason())
        .contains("the template can write up to 1048577 characters");
  }

  @Test
  void nestingAtTheLimitCompilesAndOneDeeperIsRefused() {
    String ifs = nested("{{#if request.query.a}}", "{{/if}}", TemplateLimits.MAX_DEPTH, "x");
    String repeats = nested("{{#repeat 1}}", "{{/repeat}}", TemplateLimits.MAX_DEPTH - 1, "x");

    assertThat(compile(ifs).render(RequestData.empty(), "en", 1L)).isEmpty();
    assertThat(compile("{{#if request.method}}" + repeats + "{{/if}}")).isNotNull();
    TemplateException deeper =
        refusal(nested("{{#if request.query.a}}", "{{/if}}", TemplateLimits.MAX_DEPTH + 1, "x"));
    assertThat(deeper.reason()).contains("nested deeper than 16");
    assertThat(deeper.column()).isEqualTo(16 * "{{#if request.query.a}}".length() + 3);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{{Faker.text(10001)}}|max_nb_chars of Faker.text must be from 0 to 10000",
        "{{Faker.text(-1)}}|max_nb_chars of Faker.text must be from 0 to 10000",
        "{{Faker.words(101)}}|nb of Faker.words must be from 0 to 100",
        "{{Faker.words(99999999999)}}|nb of Faker.words must be from 0 to 100",
        "{{Faker.pyfloat(0, 1, 11)}}|right_digits of Faker.pyfloat must be from 0 to 10",
        "{{Faker.date('qqqqqq')}}|is not a date pattern",
        "{{Faker.date('yyyyyyyyyyyyyyyyyyyyy')}}|is not a date pattern",
      })
  void sizeArgumentsAreBoundedWhenCompiled(String template, String reason) {
    assertThat(refusal(template).reason()).contains(reason);
  }

  @Test
  void formatsAtTheirLimitCompileAndLongerOnesAreRefused() {
    String limit = "#".repeat(TemplateLimits.MAX_FORMAT_CHARS);
    String pattern = "yyyy-".repeat(TemplateLimits.MAX_FORMAT_CHARS / 5);

    assertThat(compile("{{Faker.numerify('" + limit + "')}}").render(RequestData.empty(), "en", 1L))
        .hasSize(TemplateLimits.MAX_FORMAT_CHARS);
    assertThat(compile("{{Faker.bothify('" + limit + "')}}")).isNotNull();
    assertThat(compile("{{Faker.date(\"" + pattern + "\")}}")).isNotNull();
    assertThat(refusal("{{Faker.numerify('" + limit + "#')}}").reason()).contains("at most 256");
    assertThat(refusal("{{Faker.bothify('" + limit + "?')}}").reason()).contains("at most 256");
    assertThat(refusal("{{Faker.date('" + "y".repeat(257) + "')}}").reason())
        .contains("date patterns are at most 256");
    assertThat(refusal("{{now '" + "y".repeat(257) + "'}}").reason())
        .contains("date patterns are at most 256");
  }

  @Test
  void numbersMustBeFinite() {
    String huge = "9".repeat(400) + ".5";

    assertThat(refusal("{{Faker.pyfloat(0, " + huge + ")}}").reason())
        .contains("max_value of Faker.pyfloat must be a number");
    assertThat(compile("{{Faker.pyfloat(0, " + "9".repeat(300) + ".5)}}")).isNotNull();
  }

  @Test
  void sizeArgumentsAtTheirLimitRender() {
    String out =
        compile("{{Faker.text(10000)}} {{Faker.words(100)}} {{Faker.pyfloat(0, 1, 10)}}")
            .render(RequestData.empty(), "en", 1L);

    assertThat(out.length()).isBetween(9_000, 10_000 + 100 * 20 + 20);
  }
}
