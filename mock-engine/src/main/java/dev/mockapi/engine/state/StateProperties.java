package dev.mockapi.engine.state;

import dev.mockapi.model.state.StateLimits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of stateful collections ({@code mockapi.limits.*}); the manager reads the first four too.
 *
 * @param itemsPerCollection items one collection may hold (409 beyond)
 * @param itemSize size of one stored item as JSON (413 beyond)
 * @param collectionsPerProject collections one project may hold (409 beyond)
 * @param collectionSize bytes all items of one collection may hold together (413 beyond)
 * @param listDefaultLimit the most items a list request without {@code _page}, {@code _limit} or
 *     {@code _end} gets; more are paged, with {@code X-Total-Count} and {@code Link}
 * @param listQueryTime how long the filters and search of one list request may run (400 beyond)
 */
@Validated
@ConfigurationProperties("mockapi.limits")
public record StateProperties(
    @Min(1) int itemsPerCollection,
    @NotNull DataSize itemSize,
    @Min(1) int collectionsPerProject,
    @NotNull DataSize collectionSize,
    @Min(1) int listDefaultLimit,
    @NotNull @DurationMin(millis = 1) Duration listQueryTime) {

  StateLimits limits() {
    return new StateLimits(
        itemsPerCollection,
        (int) Math.min(Integer.MAX_VALUE, itemSize.toBytes()),
        collectionsPerProject,
        collectionSize.toBytes());
  }
}
