package dev.mockapi.manager.auth;

import io.jsonwebtoken.JwtException;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Reads an {@code Authorization: Bearer <token>} value, as HTTP requests and STOMP CONNECT frames
 * both carry it, and verifies the access token in it.
 */
@Component
public class BearerTokens {

  private static final String PREFIX = "Bearer ";

  private final AccessTokens accessTokens;

  BearerTokens(AccessTokens accessTokens) {
    this.accessTokens = accessTokens;
  }

  /**
   * A verified access token.
   *
   * @param user whom it proves
   * @param expiresAt when it stops being valid
   */
  public record Verified(AuthenticatedUser user, Instant expiresAt) {}

  /** Whether {@code header} claims the bearer scheme at all (any case, as RFC 6750 allows). */
  public static boolean isBearer(String header) {
    return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  /**
   * @throws InvalidAccessTokenException when the value is not a bearer token, or the token is
   *     malformed, tampered with, expired or not HS256
   */
  public Verified verify(String header) {
    if (!isBearer(header)) {
      throw new InvalidAccessTokenException();
    }
    try {
      return accessTokens.verify(header.substring(PREFIX.length()).trim());
    } catch (JwtException | IllegalArgumentException e) {
      throw new InvalidAccessTokenException();
    }
  }

  /** The bearer token is missing, malformed, tampered with or expired. */
  public static class InvalidAccessTokenException extends RuntimeException {

    InvalidAccessTokenException() {
      super("The access token is invalid or has expired", null, false, false);
    }
  }
}
