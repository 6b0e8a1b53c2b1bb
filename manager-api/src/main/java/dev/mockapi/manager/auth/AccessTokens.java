package dev.mockapi.manager.auth;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Component;

/** Issues and verifies HS256 access tokens. Any other algorithm, even HMAC, is refused. */
@Component
class AccessTokens {

  static final String ISSUER = "mockapi";
  private static final String ALGORITHM = "HS256";

  private final SecretKey key;
  private final AuthProperties properties;
  private final Clock clock;
  private final JwtParser parser;

  AccessTokens(SecretKey key, AuthProperties properties, Clock clock) {
    this.key = key;
    this.properties = properties;
    this.clock = clock;
    this.parser =
        Jwts.parser()
            .verifyWith(key)
            .requireIssuer(ISSUER)
            .clock(() -> Date.from(clock.instant()))
            .build();
  }

  String issue(User user) {
    Instant now = clock.instant();
    return Jwts.builder()
        .issuer(ISSUER)
        .subject(user.getId().toString())
        .claim("email", user.getEmail())
        .issuedAt(Date.from(now))
        .expiration(Date.from(now.plus(properties.accessTokenTtl())))
        .signWith(key, Jwts.SIG.HS256)
        .compact();
  }

  long lifetimeSeconds() {
    return properties.accessTokenTtl().toSeconds();
  }

  /**
   * @throws JwtException when the token is malformed, tampered, expired or not HS256
   */
  BearerTokens.Verified verify(String token) {
    Jws<Claims> jws = parser.parseSignedClaims(token);
    if (!ALGORITHM.equals(jws.getHeader().getAlgorithm())) {
      throw new JwtException("Tokens must be signed with " + ALGORITHM);
    }
    Claims claims = jws.getPayload();
    try {
      return new BearerTokens.Verified(
          new AuthenticatedUser(
              Long.parseLong(claims.getSubject()), claims.get("email", String.class)),
          claims.getExpiration().toInstant());
    } catch (NumberFormatException e) {
      throw new JwtException("Token subject is not a user id");
    }
  }
}
