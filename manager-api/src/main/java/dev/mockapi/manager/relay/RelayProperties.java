package dev.mockapi.manager.relay;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the live relay ({@code mockapi.relay.*}).
 *
 * @param sendBufferFrames frames one client may have waiting before the oldest event is dropped
 * @param sendBufferSize bytes one client may have waiting before the oldest event is dropped
 * @param sendTimeLimit how long one write to a client may take before the client is disconnected
 * @param heartbeat STOMP heart-beat interval both ways, so dead connections are noticed
 * @param unknownKeysRemembered log-channel keys that are no project of this installation (another
 *     installation's on a shared Redis) remembered, so their events are dropped without a query
 */
@Validated
@ConfigurationProperties("mockapi.relay")
public record RelayProperties(
    @Min(1) int sendBufferFrames,
    @NotNull DataSize sendBufferSize,
    @NotNull Duration sendTimeLimit,
    @NotNull Duration heartbeat,
    @Min(1) int unknownKeysRemembered) {}
