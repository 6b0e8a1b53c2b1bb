package dev.mockapi.manager.auth;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of accounts and tokens ({@code mockapi.auth.*}).
 *
 * @param secretKey HMAC signing secret, at least 32 bytes; from {@code SECRET_KEY}
 * @param accessTokenTtl lifetime of an access token
 * @param refreshTokenTtl lifetime of a refresh token
 * @param loginMaxFailures failed logins for one email from one address before 429
 * @param loginFailureWindow how long failed logins count
 */
@Validated
@ConfigurationProperties("mockapi.auth")
public record AuthProperties(
    String secretKey,
    @NotNull Duration accessTokenTtl,
    @NotNull Duration refreshTokenTtl,
    @Min(1) int loginMaxFailures,
    @NotNull Duration loginFailureWindow) {}
