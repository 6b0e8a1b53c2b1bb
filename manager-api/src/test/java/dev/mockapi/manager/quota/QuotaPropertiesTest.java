package dev.mockapi.manager.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mockapi.manager.web.QuotaExceededException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class QuotaPropertiesTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @Test
  void theDefaultsAreValid() {
    assertThat(violations(10_000, 100, 10, DataSize.ofMegabytes(4))).isEmpty();
  }

  @Test
  void aQuotaBelowOneIsRefused() {
    assertThat(violations(0, 100, 10, DataSize.ofMegabytes(4)))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("endpointsPerProject");
    assertThat(violations(10_000, -1, 0, DataSize.ofMegabytes(4))).hasSize(2);
  }

  @Test
  void aRouteTableTooSmallForAnyProjectIsRefused() {
    assertThat(violations(10_000, 100, 10, DataSize.ofKilobytes(63))).hasSize(1);
    assertThat(violations(10_000, 100, 10, DataSize.ofKilobytes(64))).isEmpty();
  }

  @Test
  void theRefusalNamesTheQuotaItsLimitAndTheCount() {
    var quotas = new QuotaProperties(10_000, 100, 10, DataSize.ofMegabytes(4));

    quotas.projects().requireRoomFor(99, 1);
    var refused =
        catchThrowableOfType(
            QuotaExceededException.class, () -> quotas.projects().requireRoomFor(100, 1));

    assertThat(refused.getBody().getProperties())
        .containsEntry("quota", "projects-per-org")
        .containsEntry("limit", 100L)
        .containsEntry("current", 100L);
    assertThat(refused.getStatusCode().value()).isEqualTo(409);
  }

  private static Set<ConstraintViolation<QuotaProperties>> violations(
      int endpoints, int projects, int orgs, DataSize routeTable) {
    return VALIDATOR.validate(new QuotaProperties(endpoints, projects, orgs, routeTable));
  }
}
