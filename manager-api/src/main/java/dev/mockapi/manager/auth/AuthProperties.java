package dev.mockapi.manager.auth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of accounts and tokens ({@code mockapi.auth.*}).
 *
 * @param secretKey HMAC signing secret, at least 32 bytes; from {@code SECRET_KEY}
 * @param accessTokenTtl lifetime of an access token
 * @param refreshTokenTtl lifetime of a refresh token
 * @param refreshReuseGrace how long a just-rotated refresh token still answers a new pair of its
 *     family (two tabs refreshing at once) instead of counting as reuse
 * @param login the login throttle
 */
@Validated
@ConfigurationProperties("mockapi.auth")
public record AuthProperties(
    String secretKey,
    @NotNull Duration accessTokenTtl,
    @NotNull Duration refreshTokenTtl,
    @NotNull Duration refreshReuseGrace,
    @NotNull @Valid Login login) {

  /**
   * The login throttle ({@code mockapi.auth.login.*}): one budget per account and one per client
   * address. Once a budget has had its free failures, each further failure makes every login it
   * covers wait, twice as long as the last wait, up to {@code maxBackoff}.
   *
   * @param accountFailuresBeforeBackoff failed logins for one email before the first wait
   * @param addressFailuresBeforeBackoff failed logins from one client address, for any emails,
   *     before the first wait
   * @param initialBackoff the first wait
   * @param maxBackoff the longest wait
   * @param forgetAfter how long after its last failure a budget is forgotten (full again)
   * @param maxEntries budgets kept in memory at most; when full, those with the fewest failures go
   */
  public record Login(
      @Min(1) int accountFailuresBeforeBackoff,
      @Min(1) int addressFailuresBeforeBackoff,
      @NotNull Duration initialBackoff,
      @NotNull Duration maxBackoff,
      @NotNull Duration forgetAfter,
      @Min(100) int maxEntries) {

    @AssertTrue(
        message = "initial-backoff must be positive and at most max-backoff, below forget-after")
    boolean isBackoffOrdered() {
      return initialBackoff == null
          || maxBackoff == null
          || forgetAfter == null
          || (initialBackoff.isPositive()
              && initialBackoff.compareTo(maxBackoff) <= 0
              && maxBackoff.compareTo(forgetAfter) < 0);
    }
  }
}
