package dev.mockapi.manager.endpoint;

import dev.mockapi.manager.quota.QuotaProperties;
import dev.mockapi.manager.web.ConflictException;
import dev.mockapi.manager.web.FieldError;
import dev.mockapi.manager.web.ValidationException;
import dev.mockapi.model.EndpointDefinition;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's endpoints as a whole, for export and import. An import matches the document's
 * endpoints with the project's by method and route (the path with parameter names erased, so {@code
 * /users/{id}} and {@code /users/{userId}} are one endpoint), plans what changes, then applies the
 * plan in the caller's transaction without announcing it: the caller, which checked the user's role
 * and locked the project, announces the project's change once.
 */
@Service
public class EndpointTransfer {

  private static final Comparator<EndpointDefinition> EXPORT_ORDER =
      Comparator.comparing(EndpointDefinition::method).thenComparing(EndpointDefinition::path);

  private final EndpointRepository endpoints;
  private final QuotaProperties quotas;
  private final Clock clock;

  EndpointTransfer(EndpointRepository endpoints, QuotaProperties quotas, Clock clock) {
    this.endpoints = endpoints;
    this.quotas = quotas;
    this.clock = clock;
  }

  /** The project's endpoints in export order: by method, then path. */
  @Transactional(readOnly = true)
  public List<EndpointDefinition> definitions(long projectId) {
    return endpoints.findByProjectIdOrderByIdAsc(projectId).stream()
        .map(Endpoint::toDefinition)
        .sorted(EXPORT_ORDER)
        .toList();
  }

  /**
   * What importing {@code drafts} would do. With {@code replace}, the project's endpoints the
   * document does not hold are removed; else they stay. A draft that is invalid, or whose route an
   * earlier draft already has, is rejected and left out of the entries.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public ImportPlan plan(long projectId, List<EndpointRequest> drafts, boolean replace) {
    Map<String, Endpoint> current = new LinkedHashMap<>();
    for (Endpoint endpoint : endpoints.findByProjectIdOrderByIdAsc(projectId)) {
      current.put(routeOf(endpoint.getMethod(), endpoint.getRouteKey()), endpoint);
    }
    List<ImportPlan.Entry> entries = new ArrayList<>();
    List<ImportPlan.Rejected> rejected = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      EndpointRequest draft = drafts.get(i);
      EndpointValidator.Validated valid;
      try {
        valid = EndpointValidator.validate(draft);
      } catch (ValidationException invalid) {
        rejected.add(new ImportPlan.Rejected(i, draft.method(), draft.path(), invalid.errors()));
        continue;
      }
      String route = routeOf(valid.definition().method(), valid.routeKey());
      Integer earlier = seen.putIfAbsent(route, i);
      if (earlier != null) {
        rejected.add(
            new ImportPlan.Rejected(
                i,
                draft.method(),
                draft.path(),
                List.of(
                    new FieldError(
                        "path",
                        "is the route of endpoint "
                            + earlier
                            + " of the document already (parameter names aside)"))));
        continue;
      }
      Endpoint existing = current.remove(route);
      Change change =
          existing == null
              ? Change.CREATED
              : existing.toDefinition().equals(valid.definition())
                  ? Change.UNCHANGED
                  : Change.CHANGED;
      entries.add(
          new ImportPlan.Entry(
              valid.definition().method(), valid.definition().path(), change, existing, valid));
    }
    if (replace) {
      for (Endpoint removed : current.values()) {
        entries.add(
            new ImportPlan.Entry(
                removed.getMethod(), removed.toDefinition().path(), Change.REMOVED, removed, null));
      }
    }
    return new ImportPlan(entries, rejected);
  }

  /**
   * Writes the plan: removals first, so their routes are free, then changes and creations. The
   * endpoint quota counts what the project holds afterwards.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void apply(long projectId, ImportPlan plan) {
    long held = endpoints.countByProjectId(projectId);
    quotas
        .endpoints()
        .requireRoomFor(held - plan.count(Change.REMOVED), plan.count(Change.CREATED));
    for (ImportPlan.Entry entry : plan.entries()) {
      if (entry.change() == Change.REMOVED) {
        endpoints.delete(entry.existing());
      }
    }
    endpoints.flush();
    for (ImportPlan.Entry entry : plan.entries()) {
      Endpoint endpoint =
          switch (entry.change()) {
            case CREATED -> new Endpoint(projectId, clock.instant());
            case CHANGED -> entry.existing();
            case REMOVED, UNCHANGED -> null;
          };
      if (endpoint != null) {
        endpoint.apply(entry.valid().definition(), entry.valid().routeKey(), clock.instant());
        save(endpoint, entry);
      }
    }
  }

  private void save(Endpoint endpoint, ImportPlan.Entry entry) {
    try {
      endpoints.saveAndFlush(endpoint);
    } catch (DataIntegrityViolationException raced) {
      throw new ConflictException(
          entry.method() + " " + entry.path() + " was defined by someone else meanwhile");
    }
  }

  private static String routeOf(String method, String routeKey) {
    return method + " " + routeKey;
  }
}
