package dev.mockapi.model.template;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads a value inside a JSON document by property names and array indexes. */
final class JsonPaths {

  private JsonPaths() {}

  /** The value as text (objects and arrays as JSON), or null when it is absent or null. */
  static String text(JsonNode root, List<String> path) {
    JsonNode node = find(root, path);
    if (node == null) {
      return null;
    }
    return node.isValueNode() ? node.asString() : node.toString();
  }

  /**
   * Whether the value's text would be truthy, without writing an object or an array out as JSON
   * (their text is never empty, so they are).
   */
  static boolean truthy(JsonNode root, List<String> path) {
    JsonNode node = find(root, path);
    return node != null && (node.isContainer() || Expression.isTruthy(node.asString()));
  }

  /** The value, or null when it is absent or null. */
  private static JsonNode find(JsonNode root, List<String> path) {
    JsonNode node = root;
    for (String step : path) {
      if (node == null) {
        return null;
      }
      node = node.isArray() && isIndex(step) ? node.get(Integer.parseInt(step)) : node.get(step);
    }
    return node == null || node.isNull() || node.isMissingNode() ? null : node;
  }

  private static boolean isIndex(String step) {
    return !step.isEmpty() && step.length() < 10 && step.chars().allMatch(Character::isDigit);
  }
}
