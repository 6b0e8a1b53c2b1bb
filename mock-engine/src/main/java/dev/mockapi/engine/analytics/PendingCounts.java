package dev.mockapi.engine.analytics;

import dev.mockapi.model.AnalyticsFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts taken from memory and not yet in Redis, held by the flusher's thread only. At most {@code
 * maxSlots} slots are held: counts of a further slot are dropped, so an outage of Redis costs
 * bounded memory.
 */
final class PendingCounts {

  private final int maxSlots;
  private final Map<Slot, long[]> slots = new LinkedHashMap<>();

  PendingCounts(int maxSlots) {
    this.maxSlots = maxSlots;
  }

  /** Adds {@code counts} to those held; answers how many calls were dropped past the bound. */
  long add(Map<Slot, long[]> counts) {
    long dropped = 0;
    for (Map.Entry<Slot, long[]> entry : counts.entrySet()) {
      long[] held = slots.get(entry.getKey());
      if (held != null) {
        for (int i = 0; i < held.length; i++) {
          held[i] += entry.getValue()[i];
        }
      } else if (slots.size() < maxSlots) {
        slots.put(entry.getKey(), entry.getValue());
      } else {
        dropped += entry.getValue()[AnalyticsFields.REQUESTS];
      }
    }
    return dropped;
  }

  boolean isEmpty() {
    return slots.isEmpty();
  }

  /**
   * The oldest slot held and the next ones of the same project, {@code size} at most: one flush
   * script touches one project's keys, which share a hash slot on a Redis Cluster.
   */
  List<Slot> batch(int size) {
    if (slots.isEmpty()) {
      return List.of();
    }
    String project = slots.keySet().iterator().next().projectKey();
    return slots.keySet().stream()
        .filter(slot -> slot.projectKey().equals(project))
        .limit(size)
        .toList();
  }

  long[] counts(Slot slot) {
    return slots.get(slot);
  }

  /** Forgets slots once Redis has them. */
  void sent(List<Slot> batch) {
    batch.forEach(slots::remove);
  }
}
