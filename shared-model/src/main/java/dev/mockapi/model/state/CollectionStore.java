package dev.mockapi.model.state;

import static dev.mockapi.model.RedisBytes.bytes;

import dev.mockapi.model.LuaScript;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.state.StateRefusedException.Reason;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The state collections in Redis (DESIGN section 8), shared by every engine and the manager: each
 * write is one Lua script, so ids stay unique and limits hold under concurrency. Items are JSON
 * objects kept as text, in insertion order.
 */
public final class CollectionStore {

  private static final LuaScript CREATE =
      LuaScript.load(CollectionStore.class, "bytes", "create", ScriptOutputType.MULTI);
  private static final LuaScript REPLACE =
      LuaScript.load(CollectionStore.class, "bytes", "replace", ScriptOutputType.INTEGER);
  private static final LuaScript DELETE =
      LuaScript.load(CollectionStore.class, "bytes", "delete", ScriptOutputType.VALUE);
  private static final LuaScript WINDOW =
      LuaScript.load(CollectionStore.class, "window", ScriptOutputType.MULTI);
  private static final LuaScript RESET =
      LuaScript.load(CollectionStore.class, "reset", ScriptOutputType.INTEGER);
  private static final LuaScript SEED =
      LuaScript.load(CollectionStore.class, "seed", ScriptOutputType.MULTI);
  private static final LuaScript COUNTS =
      LuaScript.load(CollectionStore.class, "counts", ScriptOutputType.MULTI);
  private static final byte[] NONE = new byte[0];

  private final Supplier<RedisClusterAsyncCommands<byte[], byte[]>> redis;
  private final StateLimits limits;

  /**
   * @param redis the asynchronous commands of a connection; asked on every call, so a supplier may
   *     hand out a new connection after the old one failed
   */
  public CollectionStore(
      Supplier<RedisClusterAsyncCommands<byte[], byte[]>> redis, StateLimits limits) {
    this.redis = redis;
    this.limits = limits;
  }

  public StateLimits limits() {
    return limits;
  }

  /** The item with this id as JSON, or null. */
  public CompletableFuture<String> get(CollectionRef collection, String id) {
    return redis
        .get()
        .hget(collection.items(), bytes(id))
        .toCompletableFuture()
        .thenApply(CollectionStore::text);
  }

  /**
   * Stores a new item. With a {@code givenId} the item is {@code head} (which holds that id);
   * without one the store assigns the next number and the item is {@code head + id + tail}. Fails
   * with {@link StateRefusedException} when the id is taken or a limit is reached.
   */
  public CompletableFuture<Item> create(
      CollectionRef collection, String givenId, String head, String tail) {
    long size = utf8Length(head) + utf8Length(tail) + (givenId == null ? 16 : 0);
    if (size > limits.maxItemBytes()) {
      return CompletableFuture.failedFuture(tooLarge());
    }
    byte[][] live = collection.liveKeys();
    byte[][] keys = {
      live[0], live[1], live[2], bytes(RedisKeys.stateCollections(collection.projectKey()))
    };
    return CREATE
        .<List<Object>>run(
            redis.get(),
            keys,
            bytes(collection.name()),
            bytes(Integer.toString(limits.maxItemsPerCollection())),
            bytes(Integer.toString(limits.maxCollectionsPerProject())),
            givenId == null ? NONE : bytes(givenId),
            bytes(head),
            bytes(tail),
            bytes(Long.toString(limits.maxCollectionBytes())))
        .thenApply(
            reply ->
                switch (text(reply.getFirst())) {
                  case "ok" -> new Item(text(reply.get(1)), text(reply.get(2)));
                  case "duplicate" ->
                      throw new StateRefusedException(
                          Reason.DUPLICATE_ID,
                          "An item with id '"
                              + givenId
                              + "' already exists in '"
                              + collection.name()
                              + "'");
                  case "items" ->
                      throw new StateRefusedException(
                          Reason.COLLECTION_FULL,
                          "Collection '"
                              + collection.name()
                              + "' holds the maximum of "
                              + limits.maxItemsPerCollection()
                              + " items (mockapi.limits.items-per-collection)");
                  case "bytes" -> throw collectionTooLarge(collection);
                  default -> throw tooManyCollections();
                });
  }

  /**
   * Replaces the item {@code id} with {@code updated} if it is still {@code expected}: answers
   * {@link Replaced#CHANGED} when another write came first, so the caller reads again and retries.
   */
  public CompletableFuture<Replaced> replace(
      CollectionRef collection, String id, String expected, String updated) {
    if (utf8Length(updated) > limits.maxItemBytes()) {
      return CompletableFuture.failedFuture(tooLarge());
    }
    return REPLACE
        .<Long>run(
            redis.get(),
            new byte[][] {collection.items(), collection.meta()},
            bytes(id),
            bytes(expected),
            bytes(updated),
            bytes(Long.toString(limits.maxCollectionBytes())))
        .thenApply(
            result ->
                switch (result.intValue()) {
                  case 1 -> Replaced.REPLACED;
                  case 0 -> Replaced.MISSING;
                  case -1 -> Replaced.CHANGED;
                  default -> throw collectionTooLarge(collection);
                });
  }

  /** Removes the item and answers it as it was, or null when there was none. */
  public CompletableFuture<String> delete(CollectionRef collection, String id) {
    return DELETE
        .<byte[]>run(
            redis.get(),
            new byte[][] {collection.items(), collection.order(), collection.meta()},
            bytes(id))
        .thenApply(CollectionStore::text);
  }

  /**
   * The item count and the items between {@code from} and {@code to} in insertion order, with
   * JavaScript {@code slice()} bounds (negative counts from the end; null is the start or the end).
   */
  public CompletableFuture<Window> window(CollectionRef collection, Integer from, Integer to) {
    return WINDOW
        .<List<Object>>run(
            redis.get(),
            new byte[][] {collection.order(), collection.items()},
            from == null ? NONE : bytes(from.toString()),
            to == null ? NONE : bytes(to.toString()))
        .thenApply(reply -> new Window(((Long) reply.getFirst()).intValue(), items(reply)));
  }

  /** Empties the collection, restoring the items it was seeded with; answers what it held. */
  public CompletableFuture<Long> reset(CollectionRef collection) {
    return RESET.run(redis.get(), collection.allKeys(), bytes(collection.name()));
  }

  /**
   * Replaces each collection with its items (JSON objects holding ids 1..n in order) and keeps them
   * as its seed, which {@link #reset} restores: all the collections or none of them, when one would
   * be too large or the project would hold too many collections.
   *
   * @param collections collection name to its items, written in the map's order
   */
  public CompletableFuture<Void> seed(String projectKey, Map<String, List<String>> collections) {
    List<byte[]> keys = new ArrayList<>();
    List<byte[]> args = new ArrayList<>();
    keys.add(bytes(RedisKeys.stateCollections(projectKey)));
    args.add(bytes(Integer.toString(limits.maxCollectionsPerProject())));
    args.add(bytes(Long.toString(limits.maxCollectionBytes())));
    for (Map.Entry<String, List<String>> collection : collections.entrySet()) {
      keys.addAll(List.of(new CollectionRef(projectKey, collection.getKey()).ownKeys()));
      args.add(bytes(collection.getKey()));
      args.add(bytes(Integer.toString(collection.getValue().size())));
      for (String item : collection.getValue()) {
        if (utf8Length(item) > limits.maxItemBytes()) {
          return CompletableFuture.failedFuture(tooLarge());
        }
        args.add(bytes(item));
      }
    }
    return SEED.<List<Object>>run(
            redis.get(), keys.toArray(byte[][]::new), args.toArray(byte[][]::new))
        .thenAccept(
            reply -> {
              switch (text(reply.getFirst())) {
                case "ok" -> {}
                case "bytes" ->
                    throw collectionTooLarge(new CollectionRef(projectKey, text(reply.get(1))));
                default -> throw tooManyCollections();
              }
            });
  }

  /** The items the collection was last seeded with, in order; empty when it never was. */
  public CompletableFuture<List<String>> seeded(CollectionRef collection) {
    return WINDOW
        .<List<Object>>run(redis.get(), collection.seedWindowKeys(), NONE, NONE)
        .thenApply(CollectionStore::items);
  }

  /** Every collection of the project with its item count, by name. */
  public CompletableFuture<Map<String, Long>> counts(String projectKey) {
    return COUNTS
        .<List<Object>>run(
            redis.get(),
            new byte[][] {bytes(RedisKeys.stateCollections(projectKey))},
            bytes(RedisKeys.stateCollectionPrefix(projectKey)))
        .thenApply(
            reply -> {
              Map<String, Long> counts = new TreeMap<>();
              for (int i = 0; i + 1 < reply.size(); i += 2) {
                counts.put(text(reply.get(i)), (Long) reply.get(i + 1));
              }
              return counts;
            });
  }

  /** Removes every collection of the project, seeds included (the project is gone). */
  public CompletableFuture<Void> drop(String projectKey) {
    return counts(projectKey)
        .thenCompose(
            counts -> {
              List<byte[]> keys = new ArrayList<>();
              for (String name : counts.keySet()) {
                keys.addAll(List.of(new CollectionRef(projectKey, name).allKeys()));
              }
              keys.add(bytes(RedisKeys.stateCollections(projectKey)));
              return redis.get().del(keys.toArray(byte[][]::new)).toCompletableFuture();
            })
        .thenAccept(deleted -> {});
  }

  private StateRefusedException tooManyCollections() {
    return new StateRefusedException(
        Reason.TOO_MANY_COLLECTIONS,
        "The project holds the maximum of "
            + limits.maxCollectionsPerProject()
            + " collections (mockapi.limits.collections-per-project)");
  }

  private StateRefusedException collectionTooLarge(CollectionRef collection) {
    return new StateRefusedException(
        Reason.COLLECTION_TOO_LARGE,
        "Collection '"
            + collection.name()
            + "' would hold more than "
            + limits.maxCollectionBytes()
            + " bytes of items (mockapi.limits.collection-size)");
  }

  private StateRefusedException tooLarge() {
    return new StateRefusedException(
        Reason.ITEM_TOO_LARGE,
        "Items are limited to "
            + limits.maxItemBytes()
            + " bytes of JSON (mockapi.limits.item-size)");
  }

  private static long utf8Length(String text) {
    long length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      length += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return length;
  }

  /** An item as stored: its id and its JSON. */
  public record Item(String id, String json) {}

  /** A slice of a collection, and how many items the whole collection holds. */
  public record Window(int total, List<String> items) {}

  /** The outcome of a compare-and-set replace. */
  public enum Replaced {
    REPLACED,
    MISSING,
    CHANGED
  }

  /** The items of a window script's reply, after its count; gaps (a racing delete) left out. */
  private static List<String> items(List<Object> reply) {
    List<String> items = new ArrayList<>(reply.size() - 1);
    for (Object item : reply.subList(1, reply.size())) {
      if (item != null) {
        items.add(text(item));
      }
    }
    return items;
  }

  private static String text(Object reply) {
    return reply == null ? null : new String((byte[]) reply, StandardCharsets.UTF_8);
  }
}
