package dev.mockapi.manager.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

  @ParameterizedTest
  @CsvSource({
    "User Management, user-management",
    "Café Orders!, cafe-orders",
    "  --Shop--  , shop",
    "A, a-0",
    "日本, project",
  })
  void derivesValidSlugs(String name, String slug) {
    assertThat(Slugs.derive(name)).isEqualTo(slug).matches(Slugs.VALID);
  }

  @ParameterizedTest
  @CsvSource({"40", "60"})
  void longNamesAreCutAndSuffixesStayWithinTheLimit(int length) {
    String slug = Slugs.derive("x".repeat(length));

    assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH);
    assertThat(Slugs.withSuffix(slug, 12))
        .hasSizeLessThanOrEqualTo(40)
        .endsWith("-12")
        .matches(Slugs.VALID);
  }
}
