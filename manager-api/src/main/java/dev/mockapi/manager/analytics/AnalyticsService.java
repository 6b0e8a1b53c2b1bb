package dev.mockapi.manager.analytics;

import dev.mockapi.manager.endpoint.EndpointLookup;
import dev.mockapi.manager.org.Role;
import dev.mockapi.manager.project.ProjectAccess;
import dev.mockapi.manager.web.FieldErrors;
import dev.mockapi.model.EndpointDefinition;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;

/** A project's traffic over a window, for any member (Viewer and up). */
@Service
class AnalyticsService {

  static final int TOP_ENDPOINTS = 10;

  private final ProjectAccess access;
  private final AnalyticsStore store;
  private final EndpointLookup endpoints;
  private final Clock clock;

  AnalyticsService(
      ProjectAccess access, AnalyticsStore store, EndpointLookup endpoints, Clock clock) {
    this.access = access;
    this.store = store;
    this.endpoints = endpoints;
    this.clock = clock;
  }

  AnalyticsResponse analytics(long projectId, long userId, String windowParam) {
    String projectKey = access.require(projectId, userId, Role.VIEWER).getProjectKey();
    FieldErrors errors = new FieldErrors();
    AnalyticsWindow window = AnalyticsWindow.parse(windowParam, errors);
    errors.throwIfAny();
    List<AnalyticsWindow.Slot> slots = window.slots(projectKey, clock.instant());
    WindowCounts counts =
        WindowCounts.sum(store.read(slots.stream().map(AnalyticsWindow.Slot::key).toList()));
    return new AnalyticsResponse(
        window.text(),
        slots.getFirst().start(),
        slots.getLast().start().plus(window.slotLength()),
        AnalyticsResponse.Totals.of(counts.total(), counts.unmatched()),
        topEndpoints(projectId, counts.byEndpoint()),
        IntStream.range(0, slots.size())
            .mapToObj(i -> AnalyticsResponse.Point.of(slots.get(i).start(), counts.bySlot().get(i)))
            .toList());
  }

  /** The busiest endpoints, most calls first (then lowest id), named as they are now. */
  private List<AnalyticsResponse.EndpointTraffic> topEndpoints(
      long projectId, Map<Long, Counts> byEndpoint) {
    List<Long> busiest =
        byEndpoint.entrySet().stream()
            .sorted(
                Comparator.comparingLong((Map.Entry<Long, Counts> e) -> -e.getValue().requests())
                    .thenComparing(Map.Entry::getKey))
            .limit(TOP_ENDPOINTS)
            .map(Map.Entry::getKey)
            .toList();
    Map<Long, EndpointDefinition> named = endpoints.definitions(projectId, busiest);
    return busiest.stream()
        .map(id -> AnalyticsResponse.EndpointTraffic.of(id, named.get(id), byEndpoint.get(id)))
        .toList();
  }
}
