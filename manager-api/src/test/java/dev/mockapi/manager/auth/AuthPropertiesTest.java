package dev.mockapi.manager.auth;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class AuthPropertiesTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @Test
  void theDefaultsAreValid() {
    assertThat(violations(Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1), 100))
        .isEmpty();
  }

  @Test
  void backOffThatCannotGrowOrOutlivesTheBudgetIsRefused() {
    assertThat(violations(Duration.ZERO, Duration.ofMinutes(15), Duration.ofHours(1), 100))
        .hasSize(1);
    assertThat(violations(Duration.ofMinutes(20), Duration.ofMinutes(15), Duration.ofHours(1), 100))
        .hasSize(1);
    assertThat(violations(Duration.ofSeconds(1), Duration.ofHours(1), Duration.ofHours(1), 100))
        .hasSize(1);
  }

  @Test
  void fewerThanAHundredBudgetsIsRefused() {
    assertThat(violations(Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1), 99))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("maxEntries");
  }

  private static Set<ConstraintViolation<AuthProperties.Login>> violations(
      Duration initial, Duration max, Duration forgetAfter, int maxEntries) {
    return VALIDATOR.validate(
        new AuthProperties.Login(5, 50, initial, max, forgetAfter, maxEntries));
  }
}
