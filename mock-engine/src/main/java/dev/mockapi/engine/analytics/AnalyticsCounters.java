package dev.mockapi.engine.analytics;

import dev.mockapi.engine.chaos.ChaosDecision;
import dev.mockapi.engine.http.RequestServed;
import dev.mockapi.engine.http.RequestServedListener;
import dev.mockapi.model.AnalyticsFields;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import org.springframework.stereotype.Component;

/**
 * Counts answered calls in memory, per {@link Slot}, in arrays numbered as {@link AnalyticsFields}
 * numbers its counters. The flusher takes the counts with {@code getAndSet(0)}, so an increment
 * made meanwhile stays for the next flush instead of being lost.
 */
@Component
class AnalyticsCounters implements RequestServedListener {

  private final Map<Slot, AtomicLongArray> slots = new ConcurrentHashMap<>();

  /** Minutes since the epoch: the slot a call answered now counts in. */
  static long currentMinute() {
    return System.currentTimeMillis() / 60_000;
  }

  @Override
  public void served(RequestServed request) {
    count(request, currentMinute());
  }

  void count(RequestServed request, long minute) {
    Slot slot = new Slot(request.projectKey(), request.endpointId(), minute);
    AtomicLongArray counts = slots.get(slot);
    if (counts == null) {
      counts = slots.computeIfAbsent(slot, s -> new AtomicLongArray(AnalyticsFields.COUNTERS));
    }
    counts.incrementAndGet(AnalyticsFields.REQUESTS);
    int statusClass = AnalyticsFields.statusCounter(request.status());
    if (statusClass >= 0) {
      counts.incrementAndGet(statusClass);
    }
    ChaosDecision chaos = request.chaos();
    if (chaos.delayMs() > 0 || chaos.failed()) {
      counts.incrementAndGet(AnalyticsFields.CHAOS);
    }
    counts.incrementAndGet(AnalyticsFields.bucket(request.durationNanos() / 1_000_000));
  }

  /**
   * Takes every count made so far, leaving zeros behind; answers only the slots that counted
   * something. Slots of minutes before the previous one are forgotten: no call counts into them any
   * more, since a call counts in the minute it was answered.
   */
  Map<Slot, long[]> drain(long currentMinute) {
    Map<Slot, long[]> taken = new HashMap<>();
    Iterator<Map.Entry<Slot, AtomicLongArray>> entries = slots.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<Slot, AtomicLongArray> entry = entries.next();
      if (entry.getKey().minute() < currentMinute - 1) {
        // Removed before it is read, so nothing counted before the removal is missed.
        entries.remove();
      }
      long[] counts = take(entry.getValue());
      if (counts != null) {
        taken.put(entry.getKey(), counts);
      }
    }
    return taken;
  }

  private static long[] take(AtomicLongArray counts) {
    long[] taken = new long[counts.length()];
    boolean any = false;
    for (int i = 0; i < taken.length; i++) {
      taken[i] = counts.getAndSet(i, 0);
      any |= taken[i] != 0;
    }
    return any ? taken : null;
  }
}
