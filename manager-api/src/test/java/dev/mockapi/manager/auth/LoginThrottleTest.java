package dev.mockapi.manager.auth;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockapi.manager.web.TooManyRequestsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private Instant now = Instant.parse("2026-11-25T10:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
  private final LoginThrottle throttle =
      new LoginThrottle(
          new AuthProperties(
              null, Duration.ofMinutes(15), Duration.ofDays(30), 5, Duration.ofMinutes(15)),
          clock);

  @Test
  void fifthFailureLocksUntilTheOldestLeavesTheWindow() {
    for (int i = 0; i < 5; i++) {
      throttle.recordFailure("ann@example.com", "10.0.0.1");
      now = now.plusSeconds(60);
    }

    assertThatThrownBy(() -> throttle.checkAllowed("ann@example.com", "10.0.0.1"))
        .isInstanceOf(TooManyRequestsException.class)
        .satisfies(
            e ->
                org.assertj.core.api.Assertions.assertThat(
                        ((TooManyRequestsException) e).getHeaders().getFirst("Retry-After"))
                    .isEqualTo("600"));

    now = now.plusSeconds(600);
    assertThatCode(() -> throttle.checkAllowed("ann@example.com", "10.0.0.1"))
        .doesNotThrowAnyException();
  }

  @Test
  void otherAddressesAndEmailsAreCountedApart() {
    for (int i = 0; i < 5; i++) {
      throttle.recordFailure("ann@example.com", "10.0.0.1");
    }

    assertThatCode(() -> throttle.checkAllowed("ann@example.com", "10.0.0.2"))
        .doesNotThrowAnyException();
    assertThatCode(() -> throttle.checkAllowed("bob@example.com", "10.0.0.1"))
        .doesNotThrowAnyException();
  }

  @Test
  void successClearsTheCount() {
    for (int i = 0; i < 4; i++) {
      throttle.recordFailure("ann@example.com", "10.0.0.1");
    }
    throttle.recordSuccess("ann@example.com", "10.0.0.1");
    throttle.recordFailure("ann@example.com", "10.0.0.1");

    assertThatCode(() -> throttle.checkAllowed("ann@example.com", "10.0.0.1"))
        .doesNotThrowAnyException();
  }
}
