package dev.mockapi.manager.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's role in one organization. */
@Entity
@Table(name = "memberships")
class Membership {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "org_id", nullable = false)
  private long orgId;

  @Column(name = "user_id", nullable = false)
  private long userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Membership() {}

  Membership(long orgId, long userId, Role role, Instant createdAt) {
    this.orgId = orgId;
    this.userId = userId;
    this.role = role;
    this.createdAt = createdAt;
  }

  long getOrgId() {
    return orgId;
  }

  long getUserId() {
    return userId;
  }

  Role getRole() {
    return role;
  }

  void setRole(Role role) {
    this.role = role;
  }

  Instant getCreatedAt() {
    return createdAt;
  }
}
