package dev.mockapi.model.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegexSizeTest {

  @Test
  void theEstimateIsAtLeastHalfTheCompiledSizeForCommonShapes() {
    for (String shape :
        List.of(
            "abc",
            "a|b|c",
            "[a-z]+@[a-z]+\\.com",
            "(foo|bar){2,5}",
            "x{1000}",
            "(a(b(c){3}){4}){5}",
            "\\p{L}{10,20}",
            "[\\]a]{50}")) {
      int compiled = Pattern.compile(shape).programSize();

      assertThat(RegexSize.estimate(shape)).as(shape).isGreaterThanOrEqualTo(compiled / 2);
    }
  }

  @Test
  void nestedCountedRepetitionsMultiply() {
    assertThat(RegexSize.estimate("((a{0,100}){0,100}){0,100}")).isGreaterThan(1_000_000);
    assertThat(RegexSize.estimate("a{100}b{100}")).isLessThan(1_000);
  }

  @Test
  void malformedTextIsEstimatedWithoutFailing() {
    for (String shape :
        List.of("(", ")", "[", "a{", "a{1,", "\\", "(a))", "[]", "a{99999999999}")) {
      assertThat(RegexSize.estimate(shape)).as(shape).isNotNegative();
    }
  }
}
