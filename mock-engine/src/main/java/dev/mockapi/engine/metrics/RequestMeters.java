package dev.mockapi.engine.metrics;

import dev.mockapi.engine.chaos.ChaosDecision;
import dev.mockapi.engine.http.RequestServed;
import dev.mockapi.engine.http.RequestServedListener;
import dev.mockapi.engine.sync.ServedProjectsListener;
import dev.mockapi.model.Fault;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.springframework.stereotype.Component;

/**
 * Counts each served call in {@code mockapi.engine.requests} (tags {@code project}, {@code
 * status}), times it in {@code mockapi.engine.request.duration} (tag {@code project}, percentile
 * histogram) and counts its chaos in {@code mockapi.engine.chaos.injected} (tag {@code kind}).
 *
 * <p>The exact status rather than its class: a project answers only the statuses its endpoints
 * configure plus the engine's own few (400, 401, 404, 413, 500, 503, and 0 for a broken
 * connection), so the series stay a handful per project, and a 404 of an unmatched call stays apart
 * from a 401 of a missing API key.
 *
 * <p>A project's series are removed when the engine stops serving its id, so deleted projects leave
 * no meters behind. A call that was in flight then may register them again; it sees the new set of
 * served ids right after and removes them itself.
 */
@Component
class RequestMeters implements RequestServedListener, ServedProjectsListener {

  /** Every three-digit status, and 0. */
  private static final int STATUSES = 1000;

  private final MeterRegistry registry;
  private final Map<Long, ProjectMeters> projects = new ConcurrentHashMap<>();
  private final Counter delays;
  private final Counter[] faults;
  private volatile Set<Long> served = Set.of();

  RequestMeters(MeterRegistry registry) {
    this.registry = registry;
    this.delays = chaos(registry, "delay");
    this.faults = new Counter[Fault.values().length];
    for (Fault fault : Fault.values()) {
      faults[fault.ordinal()] = chaos(registry, fault.name().toLowerCase(Locale.ROOT));
    }
  }

  @Override
  public void served(RequestServed request) {
    ProjectMeters meters = projects.get(request.projectId());
    if (meters == null) {
      meters = projects.computeIfAbsent(request.projectId(), this::metersOf);
      if (!served.contains(request.projectId())) {
        retire(request.projectId());
      }
    }
    meters.requests(request.status()).increment();
    meters.duration().record(request.durationNanos(), TimeUnit.NANOSECONDS);
    ChaosDecision chaos = request.chaos();
    if (chaos.delayMs() > 0) {
      delays.increment();
    }
    if (chaos.failed()) {
      faults[chaos.spec().fault().ordinal()].increment();
    }
  }

  @Override
  public void servedProjectsChanged(Set<Long> projectIds) {
    served = projectIds;
    for (Long projectId : projects.keySet()) {
      if (!projectIds.contains(projectId)) {
        retire(projectId);
      }
    }
  }

  private void retire(long projectId) {
    ProjectMeters meters = projects.remove(projectId);
    if (meters != null) {
      meters.removeFrom(registry);
    }
  }

  private ProjectMeters metersOf(long projectId) {
    String project = Long.toString(projectId);
    Timer duration =
        Timer.builder("mockapi.engine.request.duration")
            .description("Mock calls from arrival until answered, delays included")
            .tag("project", project)
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(Duration.ofMinutes(1))
            .register(registry);
    return new ProjectMeters(registry, project, duration, new AtomicReferenceArray<>(STATUSES));
  }

  private static Counter chaos(MeterRegistry registry, String kind) {
    return Counter.builder("mockapi.engine.chaos.injected")
        .description("Mock calls chaos delayed or failed, by kind")
        .tag("kind", kind)
        .register(registry);
  }

  /** The meters of one project; a status's counter is registered on its first call. */
  private record ProjectMeters(
      MeterRegistry registry,
      String project,
      Timer duration,
      AtomicReferenceArray<Counter> byStatus) {

    Counter requests(int status) {
      Counter counter = byStatus.get(status);
      if (counter == null) {
        // Registering is idempotent, so two threads racing here end with the same counter.
        counter =
            Counter.builder("mockapi.engine.requests")
                .description("Mock calls answered; status 0 when a fault broke the connection")
                .tags("project", project, "status", Integer.toString(status))
                .register(registry);
        byStatus.set(status, counter);
      }
      return counter;
    }

    void removeFrom(MeterRegistry registry) {
      registry.remove(duration);
      for (int status = 0; status < byStatus.length(); status++) {
        Counter counter = byStatus.get(status);
        if (counter != null) {
          registry.remove(counter);
        }
      }
    }
  }
}
