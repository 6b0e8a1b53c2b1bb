package dev.mockapi.engine.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An answer ready to send.
 *
 * @param headers response headers in order (CORS first), without Content-Length
 * @param bytes the encoded body
 * @param text the body as text, for the log event
 */
record MockReply(int status, Map<String, String> headers, byte[] bytes, String text) {

  static MockReply of(int status, Map<String, String> headers, String text) {
    return new MockReply(status, headers, text.getBytes(StandardCharsets.UTF_8), text);
  }
}
