package dev.mockapi.model.state;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The state collections of every project (DESIGN section 8), shared by every engine and the
 * manager: named collections of JSON objects kept as text, in insertion order, each write atomic,
 * so ids stay unique and limits hold under concurrency. {@link RedisCollectionStore} is the one
 * both services run on.
 *
 * <p>Every answer is a future. A write beyond the {@link #limits()} fails with a {@link
 * StateRefusedException} of its {@link StateRefusedException.Reason} and changes nothing. Sizes are
 * bytes of UTF-8; a collection holds as many bytes as its items' JSON together.
 */
public interface CollectionStore {

  /** The limits the store refuses writes beyond. */
  StateLimits limits();

  /** The item with this id as JSON, or null when there is none. */
  CompletableFuture<String> get(CollectionRef collection, String id);

  /**
   * Stores a new item at the end of the collection, which is created (it then counts against the
   * project's collections) if it did not exist.
   *
   * <p>With a {@code givenId} the item is {@code head} (which holds that id); a number of the form
   * {@code [1-9][0-9]*} under 15 digits moves the counter of assigned ids up to it, as json-server
   * does. Without one the store assigns the next number of the counter not taken (the first is 1)
   * and the item is {@code head + id + tail}; an assigned id counts as 16 bytes in the size checks.
   *
   * <p>Refuses, in this order: an item over the item size ({@code ITEM_TOO_LARGE}), a new
   * collection beyond the project's ({@code TOO_MANY_COLLECTIONS}), an item beyond the collection's
   * ({@code COLLECTION_FULL}), an item that would take the collection over its bytes ({@code
   * COLLECTION_TOO_LARGE}), a given id the collection holds ({@code DUPLICATE_ID}).
   */
  CompletableFuture<Item> create(
      CollectionRef collection, String givenId, String head, String tail);

  /**
   * Replaces the item {@code id} with {@code updated}, in its place, if it is still {@code
   * expected}: answers {@link Replaced#MISSING} when there is no such item, {@link
   * Replaced#CHANGED} when it is no longer {@code expected} (another write came first, so the
   * caller reads again and retries). Refuses an {@code updated} over the item size, and growth of
   * the item that would take the collection over its bytes.
   */
  CompletableFuture<Replaced> replace(
      CollectionRef collection, String id, String expected, String updated);

  /**
   * Removes the item and answers it as it was, or null when there was none. The collection stays,
   * even when empty.
   */
  CompletableFuture<String> delete(CollectionRef collection, String id);

  /**
   * The item count and the items between {@code from} and {@code to} in insertion order, with
   * JavaScript {@code slice()} bounds: negative counts from the end, null is the start ({@code
   * from}) or the end ({@code to}); a window past the end, or one ending before it starts, is
   * empty.
   */
  CompletableFuture<Window> window(CollectionRef collection, Integer from, Integer to);

  /**
   * Empties the collection and answers how many items it held. A seeded collection gets its seed
   * back, id counter included; any other is removed from the project (its id counter starts again
   * at 1 and it no longer counts against the project's collections).
   */
  CompletableFuture<Long> reset(CollectionRef collection);

  /**
   * Replaces each collection with its items (JSON objects holding ids 1..n in order, keyed 1..n)
   * and keeps them as its seed, which {@link #reset} restores; the id counter starts after n. All
   * the collections or none of them; refuses, in this order, an item over the item size, a
   * collection whose items are over its bytes (the first such in the map's order), and collections
   * the project does not hold yet beyond its collections.
   *
   * @param collections collection name to its items, written in the map's order
   */
  CompletableFuture<Void> seed(String projectKey, Map<String, List<String>> collections);

  /** The items the collection was last seeded with, in order; empty when it never was. */
  CompletableFuture<List<String>> seeded(CollectionRef collection);

  /** Every collection of the project (emptied ones included) with its item count, by name. */
  CompletableFuture<Map<String, Long>> counts(String projectKey);

  /** Removes every collection of the project, seeds included (the project is gone). */
  CompletableFuture<Void> drop(String projectKey);

  /** An item as stored: its id and its JSON. */
  record Item(String id, String json) {}

  /** A slice of a collection, and how many items the whole collection holds. */
  record Window(int total, List<String> items) {}

  /** The outcome of a compare-and-set replace. */
  enum Replaced {
    REPLACED,
    MISSING,
    CHANGED
  }
}
