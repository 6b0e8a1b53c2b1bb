package dev.mockapi.manager.state;

import dev.mockapi.model.state.StateLimits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of stateful collections ({@code mockapi.state.*}): the same settings, with the same
 * defaults, as the engine's, so a seeded collection never holds what the engine would refuse.
 *
 * @param maxItemsPerCollection items one collection may hold; also caps a resource's seed count
 * @param maxItemSize size of one stored item as JSON
 * @param maxCollectionsPerProject collections one project may hold
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
