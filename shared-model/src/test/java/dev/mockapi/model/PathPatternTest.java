package dev.mockapi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockapi.model.PathPattern.AnySegment;
import dev.mockapi.model.PathPattern.Literal;
import dev.mockapi.model.PathPattern.Param;
import dev.mockapi.model.PathPattern.Rest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathPatternTest {

  @Test
  void parsesEverySegmentKind() {
    PathPattern pattern = PathPattern.parse("/users/{id}/*/files/**");

    assertThat(pattern.segments())
        .containsExactly(
            new Literal("users"),
            new Param("id"),
            new AnySegment(),
            new Literal("files"),
            new Rest());
  }

  @Test
  void rootHasNoSegments() {
    assertThat(PathPattern.parse("/").segments()).isEmpty();
    assertThat(PathPattern.parse("/").routeKey()).isEqualTo("/");
  }

  @Test
  void trailingSlashIsDropped() {
    assertThat(PathPattern.parse("/users/").source()).isEqualTo("/users");
  }

  @Test
  void routeKeyErasesParameterNames() {
    assertThat(PathPattern.parse("/users/{id}").routeKey())
        .isEqualTo(PathPattern.parse("/users/{userId}").routeKey())
        .isEqualTo("/users/{}");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "users|must start with /",
        "/a//b|empty segment",
        "/files/**/x|** may only be the last segment",
        "/u/{1d}|parameter name '1d'",
        "/u/{id}/{id}|appears twice",
        "/u/user-{id}|must be a whole segment",
        "/u?x=1|query string",
        "/u/a b|not allowed in a URL path",
      })
  void rejectsInvalidPatternsWithAReason(String path, String reason) {
    assertThatThrownBy(() -> PathPattern.parse(path))
        .isInstanceOf(InvalidPathPatternException.class)
        .hasMessageContaining(reason);
  }

  @Test
  void rejectsOverlongPatterns() {
    assertThatThrownBy(() -> PathPattern.parse("/" + "a".repeat(PathPattern.MAX_LENGTH)))
        .hasMessageContaining("at most 512");
  }
}
