package dev.mockapi.manager.project;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Retrying the Redis clean-up of deleted projects ({@code mockapi.project-cleanup.*}).
 *
 * @param retryInterval how often due clean-ups are looked for
 * @param initialBackoff the wait after the first failed attempt; each further failure doubles it
 * @param maxBackoff the longest wait between two attempts
 * @param batchSize clean-ups attempted per look
 */
@Validated
@ConfigurationProperties("mockapi.project-cleanup")
public record ProjectCleanupProperties(
    @NotNull @DefaultValue("10s") Duration retryInterval,
    @NotNull @DefaultValue("10s") Duration initialBackoff,
    @NotNull @DefaultValue("1h") Duration maxBackoff,
    @Min(1) @DefaultValue("100") int batchSize) {

  @AssertTrue(message = "initial-backoff must be positive and at most max-backoff")
  boolean isBackoffOrdered() {
    return initialBackoff == null
        || maxBackoff == null
        || (initialBackoff.isPositive() && initialBackoff.compareTo(maxBackoff) <= 0);
  }

  /** The wait after the {@code attempts}-th failed attempt. */
  Duration backoffAfter(int attempts) {
    Duration wait = initialBackoff;
    for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) < 0 ? wait : maxBackoff;
  }
}
