package dev.mockapi.engine.template;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An answer ready to send.
 *
 * @param headers response headers in order (CORS first), without Content-Length
 * @param bytes the encoded body
 * @param text the body as text, for the log event
 * @param problem whether the engine answers a problem of its own instead of the route's answer,
 *     which a {@code malformed_body} fault leaves whole
 */
public record MockReply(
    int status, Map<String, String> headers, byte[] bytes, String text, boolean problem) {

  public MockReply(int status, Map<String, String> headers, byte[] bytes, String text) {
    this(status, headers, bytes, text, false);
  }

  public static MockReply of(int status, Map<String, String> headers, String text) {
    return new MockReply(status, headers, text.getBytes(StandardCharsets.UTF_8), text);
  }
}
