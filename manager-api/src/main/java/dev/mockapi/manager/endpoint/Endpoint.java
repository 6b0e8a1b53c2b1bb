package dev.mockapi.manager.endpoint;

import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.EndpointDefinition;
import dev.mockapi.model.ResponseSpec;
import dev.mockapi.model.StateBinding;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A stored endpoint definition. {@code routeKey} is the path with parameter names erased; the
 * database keeps (project, method, routeKey) unique.
 */
@Entity
@Table(name = "endpoints")
public class Endpoint {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private long projectId;

  @Column(nullable = false)
  private String method;

  @Column(nullable = false)
  private String path;

  @Column(name = "route_key", nullable = false)
  private String routeKey;

  private String description;

  @Column(nullable = false)
  private boolean enabled;

  @Column(nullable = false)
  private int priority;

  @Convert(converter = ResponseSpecConverter.class)
  @Column(nullable = false)
  private ResponseSpec response;

  @Convert(converter = ChaosSpecConverter.class)
  private ChaosSpec chaos;

  @Convert(converter = StateBindingConverter.class)
  private StateBinding state;

  @Version
  @Column(nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Endpoint() {}

  Endpoint(long projectId, Instant createdAt) {
    this.projectId = projectId;
    this.createdAt = createdAt;
  }

  void apply(EndpointDefinition definition, String routeKey, Instant now) {
    this.method = definition.method();
    this.path = definition.path();
    this.routeKey = routeKey;
    this.description = definition.description();
    this.enabled = definition.enabled();
    this.priority = definition.priority();
    this.response = definition.response();
    this.chaos = definition.chaos();
    this.state = definition.state();
    this.updatedAt = now;
  }

  public EndpointDefinition toDefinition() {
    return new EndpointDefinition(
        method, path, description, enabled, priority, response, chaos, state);
  }

  public Long getId() {
    return id;
  }

  long getProjectId() {
    return projectId;
  }

  String getMethod() {
    return method;
  }

  String getRouteKey() {
    return routeKey;
  }

  long getVersion() {
    return version;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  Instant getUpdatedAt() {
    return updatedAt;
  }
}
