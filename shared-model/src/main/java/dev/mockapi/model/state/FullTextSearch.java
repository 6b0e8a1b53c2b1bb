package dev.mockapi.model.state;

import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** json-server's {@code q}: a case-insensitive substring of any value, however deeply nested. */
final class FullTextSearch {

  private FullTextSearch() {}

  /** Whether any top-level value of the item deep-matches the lowercased text. */
  static boolean matches(JsonNode item, String lowercased) {
    return item.values().stream().anyMatch(value -> deepQuery(value, lowercased));
  }

  private static boolean deepQuery(JsonNode value, String q) {
    if (!JsValues.truthy(value) || q.isEmpty()) {
      return false;
    }
    if (value.isContainer()) {
      return value.values().stream().anyMatch(element -> deepQuery(element, q));
    }
    return JsValues.toJsString(value).toLowerCase(Locale.ROOT).contains(q);
  }
}
