package dev.mockapi.manager.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A refresh token, stored as its SHA-256 only. Tokens rotated from one login share a family; a
 * revoked token presented again revokes the whole family.
 */
@Entity
@Table(name = "refresh_tokens")
class RefreshToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private long userId;

  @Column(name = "family_id", nullable = false)
  private String familyId;

  @Column(name = "token_hash", nullable = false, unique = true)
  private String tokenHash;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected RefreshToken() {}

  RefreshToken(
      long userId, String familyId, String tokenHash, Instant createdAt, Instant expiresAt) {
    this.userId = userId;
    this.familyId = familyId;
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  Long getId() {
    return id;
  }

  long getUserId() {
    return userId;
  }

  String getFamilyId() {
    return familyId;
  }

  Instant getExpiresAt() {
    return expiresAt;
  }

  Instant getRevokedAt() {
    return revokedAt;
  }
}
