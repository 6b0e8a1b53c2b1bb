package dev.mockapi.manager.auth;

import dev.mockapi.manager.web.TooManyRequestsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per (email, client address) in a sliding window. Once the limit is reached,
 * every login for that pair answers 429 until the oldest failure leaves the window, even with the
 * right password, so guessing cannot go on. Kept in memory: each manager instance counts its own.
 */
@Component
class LoginThrottle {

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final int maxFailures;
  private final Duration window;
  private final Clock clock;

  LoginThrottle(AuthProperties properties, Clock clock) {
    this.maxFailures = properties.loginMaxFailures();
    this.window = properties.loginFailureWindow();
    this.clock = clock;
  }

  /** Throws 429 when {@code email} from {@code address} has failed too often recently. */
  void checkAllowed(String email, String address) {
    Deque<Instant> recent = failures.get(key(email, address));
    if (recent == null) {
      return;
    }
    synchronized (recent) {
      Instant now = clock.instant();
      dropExpired(recent, now);
      if (recent.size() >= maxFailures) {
        Duration retryAfter = Duration.between(now, recent.peekFirst().plus(window));
        throw new TooManyRequestsException(
            "Too many failed logins for this account from your address; try again later",
            retryAfter);
      }
    }
  }

  void recordFailure(String email, String address) {
    Deque<Instant> recent = failures.computeIfAbsent(key(email, address), k -> new ArrayDeque<>());
    synchronized (recent) {
      Instant now = clock.instant();
      dropExpired(recent, now);
      recent.addLast(now);
    }
  }

  void recordSuccess(String email, String address) {
    failures.remove(key(email, address));
  }

  @Scheduled(fixedDelayString = "PT1M")
  void forgetExpired() {
    Instant now = clock.instant();
    failures
        .values()
        .removeIf(
            recent -> {
              synchronized (recent) {
                dropExpired(recent, now);
                return recent.isEmpty();
              }
            });
  }

  private void dropExpired(Deque<Instant> recent, Instant now) {
    Instant cutoff = now.minus(window);
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
      recent.pollFirst();
    }
  }

  private static String key(String email, String address) {
    return email + "\n" + address;
  }
}
