package dev.mockapi.engine.state;

import dev.mockapi.model.state.StateLimits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of stateful collections ({@code mockapi.state.*}); the manager reads the same settings.
 *
 * @param maxItemsPerCollection items one collection may hold (409 beyond)
 * @param maxItemSize size of one stored item as JSON (413 beyond)
 * @param maxCollectionsPerProject collections one project may hold (409 beyond)
 */
@Validated
@ConfigurationProperties("mockapi.state")
public record StateProperties(
    @Min(1) int maxItemsPerCollection,
    @NotNull DataSize maxItemSize,
    @Min(1) int maxCollectionsPerProject) {

  StateLimits limits() {
    return new StateLimits(
        maxItemsPerCollection,
        (int) Math.min(Integer.MAX_VALUE, maxItemSize.toBytes()),
        maxCollectionsPerProject);
  }
}
