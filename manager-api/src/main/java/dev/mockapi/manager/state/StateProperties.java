package dev.mockapi.manager.state;

import dev.mockapi.model.state.StateLimits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of stateful collections ({@code mockapi.limits.*}): the same settings, with the same
 * defaults, as the engine's, so a seeded collection never holds what the engine would refuse.
 *
 * @param itemsPerCollection items one collection may hold; also caps a resource's seed count
 * @param itemSize size of one stored item as JSON
 * @param collectionsPerProject collections one project may hold
 * @param collectionSize bytes all items of one collection may hold together
 */
@Validated
@ConfigurationProperties("mockapi.limits")
public record StateProperties(
    @Min(1) int itemsPerCollection,
    @NotNull DataSize itemSize,
    @Min(1) int collectionsPerProject,
    @NotNull DataSize collectionSize) {

  StateLimits limits() {
    return new StateLimits(
        itemsPerCollection,
        (int) Math.min(Integer.MAX_VALUE, itemSize.toBytes()),
        collectionsPerProject,
        collectionSize.toBytes());
  }
}
