package dev.mockapi.manager.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "organizations")
class Organization {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false, unique = true)
  private String slug;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Organization() {}

  Organization(String name, String slug, Instant createdAt) {
    this.name = name;
    this.slug = slug;
    this.createdAt = createdAt;
  }

  Long getId() {
    return id;
  }

  String getName() {
    return name;
  }

  void rename(String name) {
    this.name = name;
  }

  String getSlug() {
    return slug;
  }

  Instant getCreatedAt() {
    return createdAt;
  }
}
