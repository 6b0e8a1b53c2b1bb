package dev.mockapi.model.state;

import static dev.mockapi.model.RedisBytes.bytes;

import dev.mockapi.model.RedisKeys;

/**
 * One named state collection of a project, and the Redis keys that hold it.
 *
 * @param projectKey the key of the project owning the collection
 * @param name the collection name ({@code [A-Za-z0-9_-]{1,64}}, checked when endpoints are saved)
 */
public record CollectionRef(String projectKey, String name) {

  byte[][] liveKeys() {
    return keys("items", "order", "meta");
  }

  /** The live keys, their seed copies, and the project's set of collections. */
  byte[][] allKeys() {
    byte[][] keys = keys("items", "order", "meta", "seed:items", "seed:order", "seed:meta", "");
    keys[6] = bytes(RedisKeys.stateCollections(projectKey));
    return keys;
  }

  /** The live keys and their seed copies, without the project's set of collections. */
  byte[][] ownKeys() {
    return keys("items", "order", "meta", "seed:items", "seed:order", "seed:meta");
  }

  /** The seed's order and items, as {@link #order()} and {@link #items()} are the live ones. */
  byte[][] seedWindowKeys() {
    return keys("seed:order", "seed:items");
  }

  byte[] items() {
    return key("items");
  }

  byte[] order() {
    return key("order");
  }

  byte[] meta() {
    return key("meta");
  }

  private byte[][] keys(String... suffixes) {
    byte[][] keys = new byte[suffixes.length][];
    for (int i = 0; i < suffixes.length; i++) {
      keys[i] = key(suffixes[i]);
    }
    return keys;
  }

  private byte[] key(String suffix) {
    return bytes(RedisKeys.stateCollection(projectKey, name) + suffix);
  }
}
