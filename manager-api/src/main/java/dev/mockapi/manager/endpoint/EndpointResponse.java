package dev.mockapi.manager.endpoint;

import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.ResponseSpec;
import dev.mockapi.model.StateBinding;
import java.time.Instant;

/**
 * A stored endpoint; send {@code version} back on update.
 *
 * @param version grows with every update
 */
record EndpointResponse(
    long id,
    long projectId,
    String method,
    String path,
    String description,
    boolean enabled,
    int priority,
    ResponseSpec response,
    ChaosSpec chaos,
    StateBinding state,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  static EndpointResponse of(Endpoint endpoint) {
    var d = endpoint.toDefinition();
    return new EndpointResponse(
        endpoint.getId(),
        endpoint.getProjectId(),
        d.method(),
        d.path(),
        d.description(),
        d.enabled(),
        d.priority(),
        d.response(),
        d.chaos(),
        d.state(),
        endpoint.getVersion(),
        endpoint.getCreatedAt(),
        endpoint.getUpdatedAt());
  }
}
