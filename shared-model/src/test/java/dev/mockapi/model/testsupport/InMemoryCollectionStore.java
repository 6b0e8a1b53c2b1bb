package dev.mockapi.model.testsupport;

import static dev.mockapi.model.RedisBytes.bytes;

import dev.mockapi.model.state.CollectionRef;
import dev.mockapi.model.state.CollectionStore;
import dev.mockapi.model.state.StateLimits;
import dev.mockapi.model.state.StateRefusedException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A {@link CollectionStore} in this JVM's memory with the semantics of the Lua scripts of {@link
 * dev.mockapi.model.state.RedisCollectionStore} (the contract test runs against both), for unit
 * tests of what uses the store. Every call runs under one lock and answers a completed future.
 */
public final class InMemoryCollectionStore implements CollectionStore {

  /** A client-given id that moves the counter on (create.lua). */
  private static final Pattern COUNTED_ID = Pattern.compile("[1-9][0-9]{0,13}");

  private final StateLimits limits;
  private final Map<String, Set<String>> collections = new HashMap<>();
  private final Map<CollectionRef, Items> live = new HashMap<>();
  private final Map<CollectionRef, Items> seeds = new HashMap<>();

  public InMemoryCollectionStore(StateLimits limits) {
    this.limits = limits;
  }

  /** A collection's items in insertion order, its id counter and the bytes its items hold. */
  private static final class Items {
    final LinkedHashMap<String, String> byId = new LinkedHashMap<>();
    long lastId;
    long bytes;

    Items copy() {
      Items copy = new Items();
      copy.byId.putAll(byId);
      copy.lastId = lastId;
      copy.bytes = bytes;
      return copy;
    }

    void put(String id, String item) {
      String previous = byId.put(id, item);
      bytes += size(item) - (previous == null ? 0 : size(previous));
    }
  }

  @Override
  public StateLimits limits() {
    return limits;
  }

  @Override
  public CompletableFuture<String> get(CollectionRef collection, String id) {
    return answer(() -> items(collection).byId.get(id));
  }

  @Override
  public CompletableFuture<Item> create(
      CollectionRef collection, String givenId, String head, String tail) {
    if (!limits.itemFits(givenId == null ? StateLimits.ASSIGNED_ID_BYTES : 0, head, tail)) {
      return CompletableFuture.failedFuture(StateRefusedException.itemTooLarge(limits));
    }
    return answer(() -> created(collection, givenId, head, tail));
  }

  private Item created(CollectionRef collection, String givenId, String head, String tail) {
    Set<String> names = names(collection.projectKey());
    if (!names.contains(collection.name()) && names.size() >= limits.maxCollectionsPerProject()) {
      throw StateRefusedException.tooManyCollections(limits);
    }
    Items items = items(collection);
    if (items.byId.size() >= limits.maxItemsPerCollection()) {
      throw StateRefusedException.collectionFull(collection, limits);
    }
    long largest = size(head) + size(tail) + (givenId == null ? StateLimits.ASSIGNED_ID_BYTES : 0);
    if (items.bytes + largest > limits.maxCollectionBytes()) {
      throw StateRefusedException.collectionTooLarge(collection, limits);
    }
    String id = givenId;
    String item = head;
    if (id == null) {
      do {
        id = Long.toString(++items.lastId);
      } while (items.byId.containsKey(id));
      item = head + id + tail;
    } else if (items.byId.containsKey(id)) {
      throw StateRefusedException.duplicateId(collection, id);
    } else if (COUNTED_ID.matcher(id).matches() && Long.parseLong(id) > items.lastId) {
      items.lastId = Long.parseLong(id);
    }
    items.put(id, item);
    live.put(collection, items);
    names.add(collection.name());
    collections.put(collection.projectKey(), names);
    return new Item(id, item);
  }

  @Override
  public CompletableFuture<Replaced> replace(
      CollectionRef collection, String id, String expected, String updated) {
    if (!limits.itemFits(0, updated)) {
      return CompletableFuture.failedFuture(StateRefusedException.itemTooLarge(limits));
    }
    return answer(
        () -> {
          Items items = items(collection);
          String current = items.byId.get(id);
          if (current == null) {
            return Replaced.MISSING;
          }
          if (!current.equals(expected)) {
            return Replaced.CHANGED;
          }
          long grown = size(updated) - size(current);
          if (grown > 0 && items.bytes + grown > limits.maxCollectionBytes()) {
            throw StateRefusedException.collectionTooLarge(collection, limits);
          }
          items.put(id, updated);
          return Replaced.REPLACED;
        });
  }

  @Override
  public CompletableFuture<String> delete(CollectionRef collection, String id) {
    return answer(
        () -> {
          Items items = items(collection);
          String item = items.byId.remove(id);
          if (item != null) {
            items.bytes -= size(item);
          }
          return item;
        });
  }

  @Override
  public CompletableFuture<Window> window(CollectionRef collection, Integer from, Integer to) {
    return answer(
        () -> {
          List<String> all = new ArrayList<>(items(collection).byId.values());
          int start = bound(from, 0, all.size());
          int end = bound(to, all.size(), all.size());
          return new Window(
              all.size(), start < end ? List.copyOf(all.subList(start, end)) : List.of());
        });
  }

  /** A JavaScript {@code slice()} bound, as window.lua takes it. */
  private static int bound(Integer value, int absent, int total) {
    if (value == null) {
      return absent;
    }
    return value < 0 ? Math.max(total + value, 0) : Math.min(value, total);
  }

  @Override
  public CompletableFuture<Long> reset(CollectionRef collection) {
    return answer(
        () -> {
          long held = items(collection).byId.size();
          Items seed = seeds.get(collection);
          if (seed != null) {
            live.put(collection, seed.copy());
          } else {
            live.remove(collection);
            names(collection.projectKey()).remove(collection.name());
          }
          return held;
        });
  }

  @Override
  public CompletableFuture<Void> seed(String projectKey, Map<String, List<String>> collections) {
    for (List<String> items : collections.values()) {
      for (String item : items) {
        if (!limits.itemFits(0, item)) {
          return CompletableFuture.failedFuture(StateRefusedException.itemTooLarge(limits));
        }
      }
    }
    return answer(
        () -> {
          seeded(projectKey, collections);
          return null;
        });
  }

  private void seeded(String projectKey, Map<String, List<String>> collections) {
    Set<String> names = names(projectKey);
    Map<CollectionRef, Items> written = new LinkedHashMap<>();
    int added = 0;
    for (Map.Entry<String, List<String>> collection : collections.entrySet()) {
      CollectionRef ref = new CollectionRef(projectKey, collection.getKey());
      Items items = new Items();
      for (String item : collection.getValue()) {
        items.put(Long.toString(++items.lastId), item);
      }
      if (items.bytes > limits.maxCollectionBytes()) {
        throw StateRefusedException.collectionTooLarge(ref, limits);
      }
      added += names.contains(ref.name()) ? 0 : 1;
      written.put(ref, items);
    }
    if (added > 0 && names.size() + added > limits.maxCollectionsPerProject()) {
      throw StateRefusedException.tooManyCollections(limits);
    }
    written.forEach(
        (ref, items) -> {
          live.put(ref, items);
          seeds.put(ref, items.copy());
          names.add(ref.name());
        });
    this.collections.put(projectKey, names);
  }

  @Override
  public CompletableFuture<List<String>> seeded(CollectionRef collection) {
    return answer(
        () -> {
          Items seed = seeds.get(collection);
          return seed == null ? List.of() : List.copyOf(seed.byId.values());
        });
  }

  @Override
  public CompletableFuture<Map<String, Long>> counts(String projectKey) {
    return answer(
        () -> {
          Map<String, Long> counts = new TreeMap<>();
          for (String name : names(projectKey)) {
            counts.put(name, (long) items(new CollectionRef(projectKey, name)).byId.size());
          }
          return counts;
        });
  }

  @Override
  public CompletableFuture<Void> drop(String projectKey) {
    return answer(
        () -> {
          collections.remove(projectKey);
          live.keySet().removeIf(ref -> ref.projectKey().equals(projectKey));
          seeds.keySet().removeIf(ref -> ref.projectKey().equals(projectKey));
          return null;
        });
  }

  /** The live items of the collection; new empty ones (not kept) when it holds none. */
  private Items items(CollectionRef collection) {
    Items items = live.get(collection);
    return items == null ? new Items() : items;
  }

  /** The names of the project's collections, kept once the caller adds one. */
  private Set<String> names(String projectKey) {
    return collections.getOrDefault(projectKey, new TreeSet<>());
  }

  /** What {@code call} answers or throws, under the store's lock, as a completed future. */
  private synchronized <T> CompletableFuture<T> answer(Supplier<T> call) {
    try {
      return CompletableFuture.completedFuture(call.get());
    } catch (StateRefusedException refused) {
      return CompletableFuture.failedFuture(refused);
    }
  }

  /** The bytes Redis holds for an item: the scripts count stored bytes ({@code #item}). */
  private static long size(String item) {
    return bytes(item).length;
  }
}
