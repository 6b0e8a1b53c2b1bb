package dev.mockapi.manager.endpoint;

import dev.mockapi.manager.org.Role;
import dev.mockapi.manager.project.ProjectAccess;
import dev.mockapi.manager.project.ProjectConfigChanged;
import dev.mockapi.manager.project.ProjectConfigSaving;
import dev.mockapi.manager.project.ProjectConfigVersion;
import dev.mockapi.manager.quota.QuotaProperties;
import dev.mockapi.manager.web.ConflictException;
import dev.mockapi.manager.web.NotFoundException;
import dev.mockapi.manager.web.StaleVersionException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class EndpointService {

  private final EndpointRepository endpoints;
  private final ProjectConfigVersion configVersion;
  private final ProjectAccess access;
  private final QuotaProperties quotas;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  EndpointService(
      EndpointRepository endpoints,
      ProjectConfigVersion configVersion,
      ProjectAccess access,
      QuotaProperties quotas,
      ApplicationEventPublisher events,
      Clock clock) {
    this.endpoints = endpoints;
    this.configVersion = configVersion;
    this.access = access;
    this.quotas = quotas;
    this.events = events;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  List<EndpointResponse> list(long projectId, long userId) {
    access.require(projectId, userId, Role.VIEWER);
    return endpoints.findByProjectIdOrderByIdAsc(projectId).stream()
        .map(EndpointResponse::of)
        .toList();
  }

  @Transactional(readOnly = true)
  EndpointResponse get(long projectId, long endpointId, long userId) {
    access.require(projectId, userId, Role.VIEWER);
    return EndpointResponse.of(find(projectId, endpointId));
  }

  @Transactional
  EndpointResponse create(long projectId, long userId, EndpointRequest request) {
    access.require(projectId, userId, Role.EDITOR);
    return createAll(projectId, List.of(request)).getFirst();
  }

  /**
   * Validates and stores new endpoints, all or none, in the caller's transaction, and announces one
   * change of the project. The caller has checked the user's role.
   */
  @Transactional
  List<EndpointResponse> createAll(long projectId, List<EndpointRequest> requests) {
    var valid = requests.stream().map(EndpointValidator::validate).toList();
    configVersion.advance(projectId);
    quotas.endpoints().requireRoomFor(endpoints.countByProjectId(projectId), valid.size());
    valid.forEach(v -> requireFreeRoute(projectId, v, null));
    List<EndpointResponse> created = new ArrayList<>();
    for (var v : valid) {
      Endpoint endpoint = new Endpoint(projectId, clock.instant());
      endpoint.apply(v.definition(), v.routeKey(), clock.instant());
      created.add(save(endpoint, v));
    }
    saved(projectId);
    return created;
  }

  @Transactional
  EndpointResponse update(long projectId, long endpointId, long userId, EndpointRequest request) {
    access.require(projectId, userId, Role.EDITOR);
    var valid = EndpointValidator.validateUpdate(request);
    configVersion.advance(projectId);
    Endpoint endpoint = find(projectId, endpointId);
    if (request.version() != endpoint.getVersion()) {
      throw new StaleVersionException(
          "Endpoint "
              + endpointId
              + " was changed by someone else (version "
              + endpoint.getVersion()
              + ", you sent "
              + request.version()
              + "); reload it and apply your change again");
    }
    requireFreeRoute(projectId, valid, endpointId);
    endpoint.apply(valid.definition(), valid.routeKey(), clock.instant());
    EndpointResponse updated = save(endpoint, valid);
    saved(projectId);
    return updated;
  }

  @Transactional
  void delete(long projectId, long endpointId, long userId) {
    access.require(projectId, userId, Role.EDITOR);
    configVersion.advance(projectId);
    endpoints.delete(find(projectId, endpointId));
    events.publishEvent(new ProjectConfigChanged(projectId));
  }

  /** The project's table may have grown: checked now, republished after the commit. */
  private void saved(long projectId) {
    events.publishEvent(new ProjectConfigSaving(projectId));
    events.publishEvent(new ProjectConfigChanged(projectId));
  }

  private EndpointResponse save(Endpoint endpoint, EndpointValidator.Validated valid) {
    try {
      return EndpointResponse.of(endpoints.saveAndFlush(endpoint));
    } catch (DataIntegrityViolationException raced) {
      throw routeTaken(valid, null);
    }
  }

  private void requireFreeRoute(long projectId, EndpointValidator.Validated valid, Long self) {
    endpoints
        .findByProjectIdAndMethodAndRouteKey(
            projectId, valid.definition().method(), valid.routeKey())
        .filter(existing -> !existing.getId().equals(self))
        .ifPresent(
            existing -> {
              throw routeTaken(valid, existing.getId());
            });
  }

  private static ConflictException routeTaken(EndpointValidator.Validated valid, Long existingId) {
    String which = existingId == null ? "another endpoint" : "endpoint " + existingId;
    return new ConflictException(
        valid.definition().method()
            + " "
            + valid.definition().path()
            + " is already defined by "
            + which
            + " of this project");
  }

  private Endpoint find(long projectId, long endpointId) {
    return endpoints
        .findByIdAndProjectId(endpointId, projectId)
        .orElseThrow(() -> new NotFoundException("Endpoint", endpointId));
  }
}
