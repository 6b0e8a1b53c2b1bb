package dev.mockapi.engine.http;

import dev.mockapi.model.ProblemType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem the engine answers with, of a catalogue {@link ProblemType}; {@code extra}
 * members follow the standard ones.
 */
record Problem(
    ProblemType type, int status, String title, String detail, Map<String, Object> extra) {

  /** A problem with its type's status and title. */
  static Problem of(ProblemType type, String detail) {
    return new Problem(type, type.status(), type.title(), detail, Map.of());
  }

  /** The same problem under a title that says more than the type's, such as "Unknown project". */
  Problem titled(String title) {
    return new Problem(type, status, title, detail, extra);
  }

  /** The same problem with another status: an injected failure answers the endpoint's own. */
  Problem withStatus(int status) {
    return new Problem(type, status, title, detail, extra);
  }

  Problem with(String name, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(extra);
    more.put(name, value);
    return new Problem(type, status, title, detail, more);
  }

  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type.uri().toString());
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.putAll(extra);
    return body;
  }
}
