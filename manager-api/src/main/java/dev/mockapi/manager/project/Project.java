package dev.mockapi.manager.project;

import dev.mockapi.model.ProjectSettings;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A project: a set of mock endpoints served under {@code /mock/{slug}}. Its data in Redis is named
 * by its {@code projectKey}, a random UUID of its own, never by its id: ids repeat across
 * installations and restored backups, keys do not.
 */
@Entity
@Table(name = "projects")
public class Project {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "org_id", nullable = false)
  private long orgId;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false, unique = true)
  private String slug;

  @Column(name = "project_key", nullable = false, unique = true, updatable = false)
  private String projectKey;

  private String description;

  @Convert(converter = ProjectSettingsConverter.class)
  @Column(nullable = false)
  private ProjectSettings settings;

  @Column(name = "api_key_hash")
  private String apiKeyHash;

  @Column(name = "config_version", nullable = false)
  private long configVersion;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Project() {}

  Project(long orgId, String name, String slug, String description, Instant createdAt) {
    this.orgId = orgId;
    this.name = name;
    this.slug = slug;
    this.projectKey = UUID.randomUUID().toString();
    this.description = description;
    this.settings = ProjectSettings.defaults();
    this.configVersion = 1;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public long getOrgId() {
    return orgId;
  }

  public String getName() {
    return name;
  }

  void setName(String name) {
    this.name = name;
  }

  public String getSlug() {
    return slug;
  }

  /** The key naming the project's data in Redis (history, state, analytics, live log). */
  public String getProjectKey() {
    return projectKey;
  }

  public String getDescription() {
    return description;
  }

  void setDescription(String description) {
    this.description = description;
  }

  public ProjectSettings getSettings() {
    return settings;
  }

  void setSettings(ProjectSettings settings) {
    this.settings = settings;
  }

  public String getApiKeyHash() {
    return apiKeyHash;
  }

  void setApiKeyHash(String apiKeyHash) {
    this.apiKeyHash = apiKeyHash;
  }

  public long getConfigVersion() {
    return configVersion;
  }

  Instant getCreatedAt() {
    return createdAt;
  }
}
