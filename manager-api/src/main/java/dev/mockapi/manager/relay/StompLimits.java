package dev.mockapi.manager.relay;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The relay's share of {@code mockapi.limits.*}.
 *
 * @param stompSubscriptionsPerSession subscriptions one STOMP connection may hold at once; one past
 *     it is refused with an ERROR frame
 */
@Validated
@ConfigurationProperties("mockapi.limits")
public record StompLimits(@Min(1) @DefaultValue("32") int stompSubscriptionsPerSession) {}
