package dev.mockapi.manager.project;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ProjectCleanupPropertiesTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @Test
  void backoffDoublesFromTheInitialWaitUpToTheLongest() {
    var retry = properties(Duration.ofSeconds(10), Duration.ofSeconds(45));

    assertThat(retry.backoffAfter(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(retry.backoffAfter(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(retry.backoffAfter(3)).isEqualTo(Duration.ofSeconds(40));
    assertThat(retry.backoffAfter(4)).isEqualTo(Duration.ofSeconds(45));
    assertThat(retry.backoffAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(45));
  }

  @Test
  void backoffThatCannotWaitOrExceedsItsLongestIsRefused() {
    assertThat(violations(Duration.ofSeconds(10), Duration.ofHours(1))).isZero();
    assertThat(violations(Duration.ZERO, Duration.ofHours(1))).isOne();
    assertThat(violations(Duration.ofHours(2), Duration.ofHours(1))).isOne();
  }

  private static ProjectCleanupProperties properties(Duration initial, Duration max) {
    return new ProjectCleanupProperties(Duration.ofSeconds(10), initial, max, 100);
  }

  private static int violations(Duration initial, Duration max) {
    return FACTORY.getValidator().validate(properties(initial, max)).size();
  }
}
