package dev.mockapi.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The response a mock endpoint sends. Header values and the body are templates.
 *
 * @param status HTTP status, 100 to 599; 200 when missing
 * @param headers response headers (name to value template), in the order given
 * @param body the body template; empty for none
 */
public record ResponseSpec(Integer status, Map<String, String> headers, String body) {

  public ResponseSpec {
    status = status == null ? 200 : status;
    headers =
        headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    body = body == null ? "" : body;
  }

  /** The value of a header, matching its name in any case, or null. */
  public String header(String name) {
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name)) {
        return header.getValue();
      }
    }
    return null;
  }

  /** An empty 200 answer: what an endpoint without a response of its own sends. */
  public static ResponseSpec empty() {
    return new ResponseSpec(200, Map.of(), "");
  }
}
