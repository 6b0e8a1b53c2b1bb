package dev.mockapi.engine.sync;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How large a route table the engine loads ({@code mockapi.limits.route-table-size}); the manager
 * refuses saves that would make one larger, under the same setting.
 *
 * @param routeTableSize the largest table, as stored in Redis; a larger one is not read
 */
@Validated
@ConfigurationProperties("mockapi.limits")
public record RouteTableLimits(@NotNull DataSize routeTableSize) {}
