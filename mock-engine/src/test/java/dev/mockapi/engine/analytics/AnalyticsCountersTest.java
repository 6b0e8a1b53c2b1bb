package dev.mockapi.engine.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.engine.chaos.ChaosDecision;
import dev.mockapi.engine.http.RequestServed;
import dev.mockapi.model.AnalyticsFields;
import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalyticsCountersTest {

  private static final long MINUTE = 29_000_000;
  private static final ChaosDecision FAILED =
      new ChaosDecision(0, true, new ChaosSpec(null, 1.0, null, null, Fault.CONNECTION_RESET));
  private static final ChaosDecision DELAYED = new ChaosDecision(40, false, null);

  private static final String KEY = "7a7a7a7a-0000-4000-8000-000000000007";
  private static final String OTHER_KEY = "8b8b8b8b-0000-4000-8000-000000000008";

  private final AnalyticsCounters counters = new AnalyticsCounters();

  private static RequestServed served(Long endpointId, int status, long millis, ChaosDecision c) {
    return new RequestServed(7, KEY, endpointId, status, millis * 1_000_000 + 1, c);
  }

  @Test
  void eachCallCountsOnceWithItsStatusClassChaosAndLatencyBucket() {
    counters.count(served(1L, 200, 3, ChaosDecision.NONE), MINUTE);
    counters.count(served(1L, 503, 120, ChaosDecision.NONE), MINUTE);
    counters.count(served(1L, 0, 45, FAILED), MINUTE);
    counters.count(served(1L, 200, 42, DELAYED), MINUTE);

    long[] counts = counters.drain(MINUTE).get(new Slot(KEY, 1L, MINUTE));

    assertThat(counts[AnalyticsFields.REQUESTS]).isEqualTo(4);
    assertThat(counts[AnalyticsFields.STATUS_2XX]).isEqualTo(2);
    assertThat(counts[AnalyticsFields.STATUS_5XX]).isEqualTo(1);
    assertThat(counts[AnalyticsFields.NO_RESPONSE]).isEqualTo(1);
    assertThat(counts[AnalyticsFields.CHAOS]).isEqualTo(2);
    assertThat(counts[AnalyticsFields.bucket(3)]).isEqualTo(1);
    assertThat(counts[AnalyticsFields.bucket(50)]).isEqualTo(2);
    assertThat(counts[AnalyticsFields.bucket(120)]).isEqualTo(1);
  }

  @Test
  void callsAreCountedApartByProjectEndpointAndMinuteWithUnmatchedOnesTogether() {
    counters.count(served(1L, 200, 1, ChaosDecision.NONE), MINUTE);
    counters.count(served(2L, 200, 1, ChaosDecision.NONE), MINUTE);
    counters.count(served(null, 404, 1, ChaosDecision.NONE), MINUTE);
    counters.count(served(null, 404, 1, ChaosDecision.NONE), MINUTE);
    counters.count(served(1L, 200, 1, ChaosDecision.NONE), MINUTE + 1);
    // Another installation's project with the same id: apart, by its key.
    counters.count(new RequestServed(7, OTHER_KEY, 1L, 200, 1, ChaosDecision.NONE), MINUTE);

    Map<Slot, long[]> drained = counters.drain(MINUTE + 1);

    assertThat(drained).hasSize(5);
    assertThat(drained.get(new Slot(OTHER_KEY, 1L, MINUTE))[AnalyticsFields.REQUESTS]).isEqualTo(1);
    assertThat(drained.get(new Slot(KEY, 1L, MINUTE))[AnalyticsFields.REQUESTS]).isEqualTo(1);
    assertThat(drained.get(new Slot(KEY, null, MINUTE))[AnalyticsFields.STATUS_4XX]).isEqualTo(2);
    assertThat(new Slot(KEY, null, MINUTE).endpoint()).isEqualTo(AnalyticsFields.UNMATCHED);
  }

  @Test
  void aDrainTakesTheCountsOnlyOnce() {
    counters.count(served(1L, 200, 1, ChaosDecision.NONE), MINUTE);

    assertThat(counters.drain(MINUTE)).hasSize(1);
    assertThat(counters.drain(MINUTE)).isEmpty();
    counters.count(served(1L, 200, 1, ChaosDecision.NONE), MINUTE);
    assertThat(counters.drain(MINUTE + 5)).hasSize(1);
  }

  @Test
  void noCallIsLostWhileTheFlusherDrainsConcurrently() throws InterruptedException {
    int threads = 4;
    int callsEach = 50_000;
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      long endpoint = t % 2;
      workers.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    for (int i = 0; i < callsEach; i++) {
                      counters.count(served(endpoint, 200, i % 300, ChaosDecision.NONE), MINUTE);
                    }
                  }));
    }
    long drained = 0;
    while (workers.stream().anyMatch(Thread::isAlive)) {
      drained += requests(counters.drain(MINUTE));
    }
    for (Thread worker : workers) {
      worker.join();
    }
    drained += requests(counters.drain(MINUTE));

    assertThat(drained).isEqualTo((long) threads * callsEach);
  }

  private static long requests(Map<Slot, long[]> drained) {
    return drained.values().stream().mapToLong(c -> c[AnalyticsFields.REQUESTS]).sum();
  }
}
