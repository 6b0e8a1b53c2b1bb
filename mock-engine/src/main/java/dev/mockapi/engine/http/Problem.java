package dev.mockapi.engine.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** An RFC 9457 problem the engine answers with; {@code extra} members follow the standard ones. */
record Problem(int status, String type, String title, String detail, Map<String, Object> extra) {

  static Problem of(int status, String type, String title, String detail) {
    return new Problem(status, type, title, detail, Map.of());
  }

  Problem with(String name, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(extra);
    more.put(name, value);
    return new Problem(status, type, title, detail, more);
  }

  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "urn:mockapi:problem:" + type);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.putAll(extra);
    return body;
  }
}
