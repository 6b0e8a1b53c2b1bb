package dev.mockapi.model.state;

import dev.mockapi.model.RedisKeys;
import java.nio.charset.StandardCharsets;

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

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
