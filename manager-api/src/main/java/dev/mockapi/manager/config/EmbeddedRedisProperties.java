package dev.mockapi.manager.config;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * When the manager starts a Redis of its own ({@code mockapi.redis.embedded}).
 *
 * @param embedded {@code auto}: only when nothing answers at a local configured address; {@code
 *     always}; {@code never} (compose and production)
 */
@Validated
@ConfigurationProperties("mockapi.redis")
public record EmbeddedRedisProperties(@NotNull Mode embedded) {

  /** When to start the embedded Redis. */
  public enum Mode {
    AUTO,
    ALWAYS,
    NEVER
  }
}
