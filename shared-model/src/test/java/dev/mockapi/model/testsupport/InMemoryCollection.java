package dev.mockapi.model.testsupport;

import dev.mockapi.model.RedisBytes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One collection of {@link InMemoryCollectionStore}, as the scripts keep it in Redis: its items by
 * id in insertion order, its id counter ({@code lastId}) and the bytes its items hold.
 */
final class InMemoryCollection {

  /** A client-given id that moves the counter on (create.lua). */
  private static final Pattern COUNTED_ID = Pattern.compile("[1-9][0-9]{0,13}");

  private final LinkedHashMap<String, String> items = new LinkedHashMap<>();
  private long lastId;
  private long bytes;

  InMemoryCollection copy() {
    InMemoryCollection copy = new InMemoryCollection();
    copy.items.putAll(items);
    copy.lastId = lastId;
    copy.bytes = bytes;
    return copy;
  }

  String get(String id) {
    return items.get(id);
  }

  int count() {
    return items.size();
  }

  long bytes() {
    return bytes;
  }

  List<String> items() {
    return List.copyOf(items.values());
  }

  /** The next number of the counter that no item holds, taken. */
  String nextId() {
    String id;
    do {
      id = Long.toString(++lastId);
    } while (items.containsKey(id));
    return id;
  }

  /** Moves the counter up to a client-given number, as json-server does. */
  void count(String givenId) {
    if (COUNTED_ID.matcher(givenId).matches() && Long.parseLong(givenId) > lastId) {
      lastId = Long.parseLong(givenId);
    }
  }

  /** Stores the item under the id: a new id goes last, a held one keeps its place. */
  void put(String id, String item) {
    String previous = items.put(id, item);
    bytes += size(item) - (previous == null ? 0 : size(previous));
  }

  String remove(String id) {
    String item = items.remove(id);
    if (item != null) {
      bytes -= size(item);
    }
    return item;
  }

  /** The items from..to with JavaScript {@code slice()} bounds, as window.lua takes them. */
  List<String> window(Integer from, Integer to) {
    List<String> all = new ArrayList<>(items.values());
    int start = bound(from, 0, all.size());
    int end = bound(to, all.size(), all.size());
    return start < end ? List.copyOf(all.subList(start, end)) : List.of();
  }

  private static int bound(Integer value, int absent, int total) {
    if (value == null) {
      return absent;
    }
    return value < 0 ? Math.max(total + value, 0) : Math.min(value, total);
  }

  /** The bytes Redis holds for an item: the scripts count stored bytes ({@code #item}). */
  static long size(String item) {
    return RedisBytes.bytes(item).length;
  }
}
