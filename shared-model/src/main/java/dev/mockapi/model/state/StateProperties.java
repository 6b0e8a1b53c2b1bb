package dev.mockapi.model.state;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of stateful collections ({@code mockapi.limits.*}), read by both services under the same
 * names and defaults: the engine refuses what goes beyond them, and the manager seeds and imports
 * collections within them, so a seeded collection never holds what the engine would refuse. Each
 * service registers it with {@code @EnableConfigurationProperties}.
 *
 * @param itemsPerCollection items one collection may hold (409 beyond); also caps a resource's seed
 *     count
 * @param itemSize size of one stored item as JSON (413 beyond)
 * @param collectionsPerProject collections one project may hold (409 beyond)
 * @param collectionSize bytes all items of one collection may hold together (413 beyond)
 */
@Validated
@ConfigurationProperties("mockapi.limits")
public record StateProperties(
    @Min(1) int itemsPerCollection,
    @NotNull DataSize itemSize,
    @Min(1) int collectionsPerProject,
    @NotNull DataSize collectionSize) {

  /** The limits as the store checks them. */
  public StateLimits limits() {
    return new StateLimits(
        itemsPerCollection,
        (int) Math.min(Integer.MAX_VALUE, itemSize.toBytes()),
        collectionsPerProject,
        collectionSize.toBytes());
  }
}
