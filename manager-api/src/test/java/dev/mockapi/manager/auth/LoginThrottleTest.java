package dev.mockapi.manager.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mockapi.manager.web.TooManyRequestsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final int MAX_ENTRIES = 100;

  private Instant now = Instant.parse("2026-11-25T10:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
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
              null,
              Duration.ofMinutes(15),
              Duration.ofDays(30),
              Duration.ofSeconds(5),
              new AuthProperties.Login(
                  5,
                  20,
                  Duration.ofSeconds(1),
                  Duration.ofMinutes(15),
                  Duration.ofHours(1),
                  MAX_ENTRIES)),
          clock);

  @Test
  void fifthFailureMakesLoginsWaitOneSecondNotAQuarterHour() {
    fail("ann@example.com", "10.0.0.1", 5);

    assertThat(retryAfter("ann@example.com", "10.0.0.1")).isEqualTo(1);
    assertThat(retryAfter("ann@example.com", "10.0.0.2"))
        .as("the account waits, from any address")
        .isEqualTo(1);

    now = now.plusSeconds(1);
    assertThatCode(() -> throttle.begin("ann@example.com", "10.0.0.1")).doesNotThrowAnyException();
  }

  @Test
  void eachFurtherFailureDoublesTheWaitUpToTheMaximum() {
    fail("ann@example.com", "10.0.0.1", 5);
    List<Long> waits = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      long wait = retryAfter("ann@example.com", "10.0.0.1");
      waits.add(wait);
      now = now.plusSeconds(wait);
      fail("ann@example.com", "10.0.0.1", 1);
    }

    assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 900L, 900L);
  }

  @Test
  void refusedAttemptsDoNotLengthenTheWaitSoTheOwnerGetsIn() {
    fail("ann@example.com", "10.0.0.1", 6);
    for (int i = 0; i < 100; i++) {
      retryAfter("ann@example.com", "192.0.2." + i);
    }

    now = now.plusSeconds(2);
    LoginThrottle.Attempt owner = throttle.begin("ann@example.com", "10.9.9.9");
    throttle.succeeded(owner);

    fail("ann@example.com", "10.0.0.1", 4);
    assertThatCode(() -> throttle.begin("ann@example.com", "10.0.0.1"))
        .as("a success fills the account's budget again")
        .doesNotThrowAnyException();
  }

  @Test
  void accountBudgetCountsFailuresFromEveryAddress() {
    for (int i = 0; i < 5; i++) {
      fail("ann@example.com", "198.51.100." + i, 1);
    }

    assertThat(retryAfter("ann@example.com", "203.0.113.1")).isEqualTo(1);
    assertThatCode(() -> throttle.begin("bob@example.com", "203.0.113.1"))
        .as("another account is not slowed")
        .doesNotThrowAnyException();
  }

  @Test
  void addressBudgetSlowsSprayingAcrossAccounts() {
    for (int i = 0; i < 20; i++) {
      fail("user" + i + "@example.com", "10.0.0.1", 1);
    }

    assertThat(retryAfter("someone-else@example.com", "10.0.0.1")).isEqualTo(1);
    assertThatCode(() -> throttle.begin("someone-else@example.com", "10.0.0.2"))
        .as("another address is not slowed")
        .doesNotThrowAnyException();
  }

  @Test
  void aSuccessTakesBackOnlyItsOwnAttemptFromTheAddress() {
    for (int i = 0; i < 19; i++) {
      fail("user" + i + "@example.com", "10.0.0.1", 1);
    }
    throttle.succeeded(throttle.begin("mallory@example.com", "10.0.0.1"));

    fail("user19@example.com", "10.0.0.1", 1);

    assertThat(retryAfter("user20@example.com", "10.0.0.1"))
        .as("the attacker's own account did not reset the address's budget")
        .isEqualTo(1);
  }

  @Test
  void anAttemptRefusedForItsAddressIsNotCountedForTheAccount() {
    for (int i = 0; i < 20; i++) {
      fail("user" + i + "@example.com", "10.0.0.1", 1);
    }
    for (int i = 0; i < 10; i++) {
      retryAfter("ann@example.com", "10.0.0.1");
    }

    fail("ann@example.com", "10.0.0.2", 4);
    assertThatCode(() -> throttle.begin("ann@example.com", "10.0.0.2")).doesNotThrowAnyException();
  }

  @Test
  void aQuietBudgetIsForgotten() {
    fail("ann@example.com", "10.0.0.1", 7);

    now = now.plus(Duration.ofHours(1));
    throttle.forgetExpired();

    assertThat(throttle.size()).isZero();
    fail("ann@example.com", "10.0.0.1", 4);
    assertThatCode(() -> throttle.begin("ann@example.com", "10.0.0.1")).doesNotThrowAnyException();
  }

  @Test
  void budgetsInMemoryStayWithinTheBound() {
    for (int i = 0; i < 10 * MAX_ENTRIES; i++) {
      fail("user" + i + "@example.com", "10.0." + (i / 250) + "." + (i % 250), 1);
      assertThat(throttle.size()).isLessThanOrEqualTo(MAX_ENTRIES);
    }
  }

  @Test
  void fillingTheBoundWithFreshKeysDoesNotEndAVictimsWait() {
    fail("ann@example.com", "10.0.0.1", 6);

    for (int i = 0; i < 20 * MAX_ENTRIES; i++) {
      fail("user" + i + "@example.com", "10.1." + (i / 250) + "." + (i % 250), 1);
    }

    assertThat(throttle.size()).isLessThanOrEqualTo(MAX_ENTRIES);
    assertThat(retryAfter("ann@example.com", "10.2.0.1")).isEqualTo(2);
  }

  @Test
  void parallelAttemptsCannotSlipPastTheBudget() throws Exception {
    int threads = 32;
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger allowed = new AtomicInteger();
    List<Future<?>> attempts = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      for (int i = 0; i < threads; i++) {
        attempts.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    throttle.begin("ann@example.com", "10.0.0.1");
                    allowed.incrementAndGet();
                  } catch (TooManyRequestsException refused) {
                    // counted below
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> attempt : attempts) {
        attempt.get();
      }
    }

    assertThat(allowed).as("password checks let through").hasValue(5);
  }

  /**
   * {@code times} attempts that turn out to be wrong passwords, each after waiting out any wait the
   * one before caused (the longest wait, shorter than the time a budget is remembered).
   */
  private void fail(String email, String address, int times) {
    for (int i = 0; i < times; i++) {
      if (i > 0) {
        now = now.plus(Duration.ofMinutes(15));
      }
      throttle.begin(email, address);
    }
  }

  private long retryAfter(String email, String address) {
    TooManyRequestsException refused =
        catchThrowableOfType(TooManyRequestsException.class, () -> throttle.begin(email, address));
    assertThat(refused).as("a 429 for %s from %s", email, address).isNotNull();
    return Long.parseLong(refused.getHeaders().getFirst("Retry-After"));
  }
}
