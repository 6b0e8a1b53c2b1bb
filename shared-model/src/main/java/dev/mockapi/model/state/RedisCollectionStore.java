package dev.mockapi.model.state;

import static dev.mockapi.model.RedisBytes.bytes;

import dev.mockapi.model.LuaScript;
import dev.mockapi.model.RedisKeys;
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
 * The state collections in Redis (DESIGN section 8), the store both services run on: each write is
 * one Lua script, so ids stay unique and limits hold under concurrency. All keys of a project share
 * its hash tag, so every script stays on one node of a Redis Cluster.
 */
public final class RedisCollectionStore implements CollectionStore {

  private static final LuaScript CREATE =
      LuaScript.load(RedisCollectionStore.class, "bytes", "create", ScriptOutputType.MULTI);
  private static final LuaScript REPLACE =
      LuaScript.load(RedisCollectionStore.class, "bytes", "replace", ScriptOutputType.INTEGER);
  private static final LuaScript DELETE =
      LuaScript.load(RedisCollectionStore.class, "bytes", "delete", ScriptOutputType.VALUE);
  private static final LuaScript WINDOW =
      LuaScript.load(RedisCollectionStore.class, "window", ScriptOutputType.MULTI);
  private static final LuaScript RESET =
      LuaScript.load(RedisCollectionStore.class, "reset", ScriptOutputType.INTEGER);
  private static final LuaScript SEED =
      LuaScript.load(RedisCollectionStore.class, "seed", ScriptOutputType.MULTI);
  private static final LuaScript COUNTS =
      LuaScript.load(RedisCollectionStore.class, "counts", ScriptOutputType.MULTI);
  private static final byte[] NONE = new byte[0];

  private final Supplier<RedisClusterAsyncCommands<byte[], byte[]>> redis;
  private final StateLimits limits;

  /**
   * @param redis the asynchronous commands of a connection; asked on every call, so a supplier may
   *     hand out a new connection after the old one failed
   */
  public RedisCollectionStore(
      Supplier<RedisClusterAsyncCommands<byte[], byte[]>> redis, StateLimits limits) {
    this.redis = redis;
    this.limits = limits;
  }

  @Override
  public StateLimits limits() {
    return limits;
  }

  @Override
  public CompletableFuture<String> get(CollectionRef collection, String id) {
    return redis
        .get()
        .hget(collection.items(), bytes(id))
        .toCompletableFuture()
        .thenApply(RedisCollectionStore::text);
  }

  @Override
  public CompletableFuture<Item> create(
      CollectionRef collection, String givenId, String head, String tail) {
    if (!limits.itemFits(givenId == null ? StateLimits.ASSIGNED_ID_BYTES : 0, head, tail)) {
      return CompletableFuture.failedFuture(StateRefusedException.itemTooLarge(limits));
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
                  case "duplicate" -> throw StateRefusedException.duplicateId(collection, givenId);
                  case "items" -> throw StateRefusedException.collectionFull(collection, limits);
                  case "bytes" ->
                      throw StateRefusedException.collectionTooLarge(collection, limits);
                  default -> throw StateRefusedException.tooManyCollections(limits);
                });
  }

  @Override
  public CompletableFuture<Replaced> replace(
      CollectionRef collection, String id, String expected, String updated) {
    if (!limits.itemFits(0, updated)) {
      return CompletableFuture.failedFuture(StateRefusedException.itemTooLarge(limits));
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
                  default -> throw StateRefusedException.collectionTooLarge(collection, limits);
                });
  }

  @Override
  public CompletableFuture<String> delete(CollectionRef collection, String id) {
    return DELETE
        .<byte[]>run(
            redis.get(),
            new byte[][] {collection.items(), collection.order(), collection.meta()},
            bytes(id))
        .thenApply(RedisCollectionStore::text);
  }

  @Override
  public CompletableFuture<Window> window(CollectionRef collection, Integer from, Integer to) {
    return WINDOW
        .<List<Object>>run(
            redis.get(),
            new byte[][] {collection.order(), collection.items()},
            from == null ? NONE : bytes(from.toString()),
            to == null ? NONE : bytes(to.toString()))
        .thenApply(reply -> new Window(((Long) reply.getFirst()).intValue(), items(reply)));
  }

  @Override
  public CompletableFuture<Long> reset(CollectionRef collection) {
    return RESET.run(redis.get(), collection.allKeys(), bytes(collection.name()));
  }

  @Override
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
        if (!limits.itemFits(0, item)) {
          return CompletableFuture.failedFuture(StateRefusedException.itemTooLarge(limits));
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
                    throw StateRefusedException.collectionTooLarge(
                        new CollectionRef(projectKey, text(reply.get(1))), limits);
                default -> throw StateRefusedException.tooManyCollections(limits);
              }
            });
  }

  @Override
  public CompletableFuture<List<String>> seeded(CollectionRef collection) {
    return WINDOW
        .<List<Object>>run(redis.get(), collection.seedWindowKeys(), NONE, NONE)
        .thenApply(RedisCollectionStore::items);
  }

  @Override
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

  @Override
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
