package dev.mockapi.model.testsupport;

import dev.mockapi.model.state.CollectionRef;
import dev.mockapi.model.state.CollectionStore;
import dev.mockapi.model.state.StateLimits;
import dev.mockapi.model.state.StateRefusedException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A {@link CollectionStore} in this JVM's memory with the semantics of the Lua scripts of {@link
 * dev.mockapi.model.state.RedisCollectionStore} (the contract test runs against both), for unit
 * tests of what uses the store. Every call runs under one lock and answers a completed future.
 */
public final class InMemoryCollectionStore implements CollectionStore {

  private final StateLimits limits;
  private final Map<String, Set<String>> collections = new HashMap<>();
  private final Map<CollectionRef, InMemoryCollection> live = new HashMap<>();
  private final Map<CollectionRef, InMemoryCollection> seeds = new HashMap<>();

  public InMemoryCollectionStore(StateLimits limits) {
    this.limits = limits;
  }

  @Override
  public StateLimits limits() {
    return limits;
  }

  @Override
  public CompletableFuture<String> get(CollectionRef collection, String id) {
    return answer(() -> items(collection).get(id));
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
    InMemoryCollection items = items(collection);
    if (items.count() >= limits.maxItemsPerCollection()) {
      throw StateRefusedException.collectionFull(collection, limits);
    }
    long largest =
        InMemoryCollection.size(head)
            + InMemoryCollection.size(tail)
            + (givenId == null ? StateLimits.ASSIGNED_ID_BYTES : 0);
    if (items.bytes() + largest > limits.maxCollectionBytes()) {
      throw StateRefusedException.collectionTooLarge(collection, limits);
    }
    String id = givenId;
    String item = head;
    if (id == null) {
      id = items.nextId();
      item = head + id + tail;
    } else if (items.get(id) != null) {
      throw StateRefusedException.duplicateId(collection, id);
    } else {
      items.count(id);
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
          InMemoryCollection items = items(collection);
          String current = items.get(id);
          if (current == null) {
            return Replaced.MISSING;
          }
          if (!current.equals(expected)) {
            return Replaced.CHANGED;
          }
          long grown = InMemoryCollection.size(updated) - InMemoryCollection.size(current);
          if (grown > 0 && items.bytes() + grown > limits.maxCollectionBytes()) {
            throw StateRefusedException.collectionTooLarge(collection, limits);
          }
          items.put(id, updated);
          return Replaced.REPLACED;
        });
  }

  @Override
  public CompletableFuture<String> delete(CollectionRef collection, String id) {
    return answer(() -> items(collection).remove(id));
  }

  @Override
  public CompletableFuture<Window> window(CollectionRef collection, Integer from, Integer to) {
    return answer(
        () -> {
          InMemoryCollection items = items(collection);
          return new Window(items.count(), items.window(from, to));
        });
  }

  @Override
  public CompletableFuture<Long> reset(CollectionRef collection) {
    return answer(
        () -> {
          long held = items(collection).count();
          InMemoryCollection seed = seeds.get(collection);
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
    Map<CollectionRef, InMemoryCollection> written = new LinkedHashMap<>();
    int added = 0;
    for (Map.Entry<String, List<String>> collection : collections.entrySet()) {
      CollectionRef ref = new CollectionRef(projectKey, collection.getKey());
      InMemoryCollection items = new InMemoryCollection();
      for (String item : collection.getValue()) {
        items.put(items.nextId(), item);
      }
      if (items.bytes() > limits.maxCollectionBytes()) {
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
          InMemoryCollection seed = seeds.get(collection);
          return seed == null ? List.of() : seed.items();
        });
  }

  @Override
  public CompletableFuture<Map<String, Long>> counts(String projectKey) {
    return answer(
        () -> {
          Map<String, Long> counts = new TreeMap<>();
          for (String name : names(projectKey)) {
            counts.put(name, (long) items(new CollectionRef(projectKey, name)).count());
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

  /** The live collection; a new empty one (not kept) when there is none. */
  private InMemoryCollection items(CollectionRef collection) {
    InMemoryCollection items = live.get(collection);
    return items == null ? new InMemoryCollection() : items;
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
}
