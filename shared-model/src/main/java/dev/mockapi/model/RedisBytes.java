package dev.mockapi.model;

import java.nio.charset.StandardCharsets;

/**
 * Text as the binary Redis codec of both services takes it: keys, hash fields and script arguments,
 * in UTF-8.
 */
public final class RedisBytes {

  private RedisBytes() {}

  public static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
