package dev.mockapi.model;

import java.util.Map;

/**
 * The response a mock endpoint sends. Header values and the body are templates.
 *
 * @param status HTTP status, 100 to 599
 * @param headers response headers (name to value template)
 * @param body the body template; empty for none
 */
public record ResponseSpec(int status, Map<String, String> headers, String body) {

  public ResponseSpec {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    body = body == null ? "" : body;
  }
}
