package dev.mockapi.model.template;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads a value inside a JSON document by property names and array indexes. */
final class JsonPaths {

  private JsonPaths() {}

  /** The value as text (objects and arrays as JSON), or null when it is absent or null. */
  static String text(JsonNode root, List<String> path) {
    JsonNode node = root;
    for (String step : path) {
      if (node == null) {
        return null;
      }
      node = node.isArray() && isIndex(step) ? node.get(Integer.parseInt(step)) : node.get(step);
    }
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    return node.isValueNode() ? node.asString() : node.toString();
  }

  private static boolean isIndex(String step) {
    return !step.isEmpty() && step.length() < 10 && step.chars().allMatch(Character::isDigit);
  }
}
