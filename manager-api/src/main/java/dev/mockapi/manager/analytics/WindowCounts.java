package dev.mockapi.manager.analytics;

import dev.mockapi.model.AnalyticsFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hashes of a window summed: in all, per endpoint, for unmatched calls, and per slot. A field
 * this version cannot read (another engine version's counter, a value that is not a number) is
 * skipped rather than failing the whole answer.
 */
final class WindowCounts {

  private final Counts total = new Counts();
  private final Counts unmatched = new Counts();
  private final Map<Long, Counts> byEndpoint = new HashMap<>();
  private final List<Counts> bySlot = new ArrayList<>();

  private WindowCounts() {}

  /** Sums the hash of each slot, oldest first (an empty map for a slot without calls). */
  static WindowCounts sum(List<Map<String, String>> hashes) {
    WindowCounts counts = new WindowCounts();
    hashes.forEach(counts::addSlot);
    return counts;
  }

  Counts total() {
    return total;
  }

  Counts unmatched() {
    return unmatched;
  }

  /** Endpoint id to its counts; only endpoints that had calls. */
  Map<Long, Counts> byEndpoint() {
    return byEndpoint;
  }

  List<Counts> bySlot() {
    return bySlot;
  }

  private void addSlot(Map<String, String> hash) {
    Counts slot = new Counts();
    hash.forEach(
        (field, value) -> {
          int colon = field.lastIndexOf(':');
          int counter = colon < 0 ? -1 : AnalyticsFields.counter(field.substring(colon + 1));
          Counts endpoint = counter < 0 ? null : endpoint(field.substring(0, colon));
          long count = number(value);
          if (endpoint != null && count >= 0) {
            endpoint.add(counter, count);
            slot.add(counter, count);
          }
        });
    total.add(slot);
    bySlot.add(slot);
  }

  private Counts endpoint(String endpoint) {
    if (endpoint.equals(AnalyticsFields.UNMATCHED)) {
      return unmatched;
    }
    long id = number(endpoint);
    return id < 0 ? null : byEndpoint.computeIfAbsent(id, i -> new Counts());
  }

  private static long number(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
