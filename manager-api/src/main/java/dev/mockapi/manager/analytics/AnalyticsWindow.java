package dev.mockapi.manager.analytics;

import dev.mockapi.manager.web.FieldErrors;
import dev.mockapi.model.RedisKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The windows analytics can be read for, each a run of slots ending with the current one. */
enum AnalyticsWindow {
  ONE_HOUR("1h", Duration.ofMinutes(1), 60, RedisKeys::analyticsMinute),
  ONE_DAY("24h", Duration.ofHours(1), 24, RedisKeys::analyticsHour),
  SEVEN_DAYS("7d", Duration.ofHours(1), 168, RedisKeys::analyticsHour);

  static final String RULE = "must be 1h, 24h or 7d";

  private final String text;
  private final Duration slot;
  private final int slots;
  private final SlotKey key;

  AnalyticsWindow(String text, Duration slot, int slots, SlotKey key) {
    this.text = text;
    this.slot = slot;
    this.slots = slots;
    this.key = key;
  }

  /** The key of a project's hash for a slot, counted in slot lengths since the epoch. */
  private interface SlotKey {
    String of(String projectKey, long index);
  }

  /** One slot of the window: when it starts and the hash that holds its counts. */
  record Slot(Instant start, String key) {}

  /** The window a query parameter names; 1h when absent, a field error when unknown. */
  static AnalyticsWindow parse(String text, FieldErrors errors) {
    if (text == null || text.isBlank()) {
      return ONE_HOUR;
    }
    for (AnalyticsWindow window : values()) {
      if (window.text.equals(text.strip())) {
        return window;
      }
    }
    errors.add("window", RULE);
    return ONE_HOUR;
  }

  String text() {
    return text;
  }

  Duration slotLength() {
    return slot;
  }

  /** The window's slots, oldest first, the last one holding {@code now}. */
  List<Slot> slots(String projectKey, Instant now) {
    long size = slot.toSeconds();
    long current = now.getEpochSecond() / size;
    List<Slot> result = new ArrayList<>(slots);
    for (long index = current - slots + 1; index <= current; index++) {
      result.add(new Slot(Instant.ofEpochSecond(index * size), key.of(projectKey, index)));
    }
    return result;
  }
}
