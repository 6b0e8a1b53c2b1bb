package dev.mockapi.manager.auth;

import dev.mockapi.manager.web.UnauthorizedException;
import dev.mockapi.model.Sha256;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Issues, rotates and revokes refresh tokens. */
@Component
class RefreshTokens {

  private static final Logger log = LoggerFactory.getLogger(RefreshTokens.class);
  private static final String INVALID = "The refresh token is invalid, expired or revoked";

  /** Longest refresh token accepted; the ones issued here are 43 characters. */
  static final int MAX_LENGTH = 64;

  private final RefreshTokenRepository repository;
  private final AuthProperties properties;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  RefreshTokens(RefreshTokenRepository repository, AuthProperties properties, Clock clock) {
    this.repository = repository;
    this.properties = properties;
    this.clock = clock;
  }

  /** A new token starting a new family (a fresh login). */
  @Transactional
  String issue(long userId) {
    return issueInFamily(userId, UUID.randomUUID().toString());
  }

  /**
   * The user id of a live token, after replacing it with a new one of the same family. A token
   * rotated less than {@code mockapi.auth.refresh-reuse-grace} ago, in a family still live, also
   * gets a new one (two tabs refreshing at once); any other revoked token coming back means it
   * leaked, and ends every session of its family.
   */
  @Transactional(noRollbackFor = UnauthorizedException.class)
  Rotated rotate(String rawToken) {
    // Locked, so a concurrent rotation of the same token is seen once it has committed.
    RefreshToken token = find(rawToken);
    Instant now = clock.instant();
    if (token.getRevokedAt() != null && !justRotated(token, now)) {
      int revoked = repository.revokeFamily(token.getFamilyId(), now);
      log.warn(
          "Reuse of a revoked refresh token of user {}; revoked {} token(s) of its family",
          token.getUserId(),
          revoked);
      throw new UnauthorizedException(INVALID);
    }
    if (!token.getExpiresAt().isAfter(now)) {
      throw new UnauthorizedException(INVALID);
    }
    if (token.getRevokedAt() == null) {
      repository.revoke(token.getId(), now);
    }
    return new Rotated(token.getUserId(), issueInFamily(token.getUserId(), token.getFamilyId()));
  }

  /** Revokes the family of a token; unknown tokens are ignored so logout is idempotent. */
  @Transactional
  void revokeFamily(String rawToken) {
    repository
        .findByTokenHash(Sha256.hex(rawToken))
        .ifPresent(token -> repository.revokeFamily(token.getFamilyId(), clock.instant()));
  }

  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void purgeExpired() {
    repository.deleteExpiredBefore(clock.instant());
  }

  private RefreshToken find(String rawToken) {
    if (rawToken == null || rawToken.isBlank()) {
      throw new UnauthorizedException(INVALID);
    }
    return repository
        .lockByTokenHash(Sha256.hex(rawToken))
        .orElseThrow(() -> new UnauthorizedException(INVALID));
  }

  /**
   * Rotated within the grace window, and its family still has a live token: logout and reuse
   * detection revoke every token of a family, so a rotation is the only way to get here.
   */
  private boolean justRotated(RefreshToken token, Instant now) {
    return !token.getRevokedAt().plus(properties.refreshReuseGrace()).isBefore(now)
        && repository.existsLiveInFamily(token.getFamilyId(), now);
  }

  private String issueInFamily(long userId, String familyId) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    repository.save(
        new RefreshToken(
            userId, familyId, Sha256.hex(raw), now, now.plus(properties.refreshTokenTtl())));
    return raw;
  }

  record Rotated(long userId, String refreshToken) {}
}
