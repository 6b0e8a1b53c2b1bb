package dev.mockapi.engine.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.model.AnalyticsFields;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PendingCountsTest {

  private final PendingCounts pending = new PendingCounts(2);

  private static long[] requests(long count) {
    long[] counts = new long[AnalyticsFields.COUNTERS];
    counts[AnalyticsFields.REQUESTS] = count;
    return counts;
  }

  private static Slot slot(long endpointId) {
    return new Slot("7a7a7a7a-0000-4000-8000-000000000007", endpointId, 100);
  }

  @Test
  void countsOfASlotAlreadyHeldAreAddedUp() {
    pending.add(Map.of(slot(1), requests(3)));
    pending.add(Map.of(slot(1), requests(4)));

    assertThat(pending.counts(slot(1))[AnalyticsFields.REQUESTS]).isEqualTo(7);
  }

  @Test
  void pastTheBoundCountsOfFurtherSlotsAreDroppedAndTheirCallsReported() {
    assertThat(pending.add(Map.of(slot(1), requests(3)))).isZero();
    assertThat(pending.add(Map.of(slot(2), requests(1)))).isZero();

    assertThat(pending.add(Map.of(slot(3), requests(5), slot(1), requests(1)))).isEqualTo(5);
    assertThat(pending.counts(slot(3))).isNull();
    assertThat(pending.counts(slot(1))[AnalyticsFields.REQUESTS]).isEqualTo(4);
  }

  @Test
  void slotsSentLeaveInBatchesOldestFirst() {
    pending.add(Map.of(slot(1), requests(1)));
    pending.add(Map.of(slot(2), requests(1)));

    assertThat(pending.batch(1)).containsExactly(slot(1));
    pending.sent(pending.batch(1));
    assertThat(pending.batch(5)).containsExactly(slot(2));
    pending.sent(pending.batch(5));
    assertThat(pending.isEmpty()).isTrue();
  }
}
