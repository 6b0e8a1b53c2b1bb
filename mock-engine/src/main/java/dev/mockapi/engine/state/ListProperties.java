package dev.mockapi.engine.state;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of one list request on a collection ({@code mockapi.limits.*}); the limits of what a
 * collection holds are the shared {@link dev.mockapi.model.state.StateProperties}.
 *
 * @param listDefaultLimit the most items a list request without {@code _page}, {@code _limit} or
 *     {@code _end} gets; more are paged, with {@code X-Total-Count} and {@code Link}
 * @param listQueryTime how long the filters and search of one list request may run (400 beyond)
 */
@Validated
@ConfigurationProperties("mockapi.limits")
record ListProperties(
    @Min(1) int listDefaultLimit, @NotNull @DurationMin(millis = 1) Duration listQueryTime) {}
