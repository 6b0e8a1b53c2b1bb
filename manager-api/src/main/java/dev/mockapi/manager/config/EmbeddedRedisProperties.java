package dev.mockapi.manager.config;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * When the manager starts a Redis of its own ({@code mockapi.redis.*}), and with how much memory.
 *
 * @param embedded {@code auto}: only when nothing answers at a local configured address; {@code
 *     always}; {@code never} (compose and production)
 * @param maxMemory the embedded server's {@code maxmemory}, with {@code noeviction}: past it Redis
 *     refuses writes (state answers 507) instead of evicting anyone's data; 0 for no limit
 */
@Validated
@ConfigurationProperties("mockapi.redis")
public record EmbeddedRedisProperties(@NotNull Mode embedded, @NotNull DataSize maxMemory) {

  /** When to start the embedded Redis. */
  public enum Mode {
    AUTO,
    ALWAYS,
    NEVER
  }
}
