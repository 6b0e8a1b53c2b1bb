package dev.mockapi.model.state;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A lodash property path ({@code _.get} / {@code _.has}): {@code "author.name"} or {@code
 * "tags[0]"} reach into nested values, unless the object has a property by the whole name.
 */
final class JsPath {

  private static final Pattern PLAIN = Pattern.compile("\\w*");
  private static final Pattern DEEP =
      Pattern.compile("\\.|\\[(?:[^\\[\\]]*|([\"'])(?:(?!\\1)[^\\\\]|\\\\.)*?\\1)\\]");
  // lodash's rePropName, whose empty lookahead match yields the empty keys of "a..b" or "a."
  private static final Pattern PROP_NAME =
      Pattern.compile(
          "[^.\\[\\]]+|\\[(?:(-?\\d+(?:\\.\\d+)?)|([\"'])((?:(?!\\2)[^\\\\]|\\\\.)*?)\\2)\\]"
              + "|(?=(?:\\.|\\[\\])(?:\\.|\\[\\]|\\z))");
  private static final Pattern ESCAPE = Pattern.compile("\\\\(\\\\)?");

  private final String name;
  private final List<String> deep;

  private JsPath(String name, List<String> deep) {
    this.name = name;
    this.deep = deep;
  }

  static JsPath of(String name) {
    boolean plain = PLAIN.matcher(name).matches() || !DEEP.matcher(name).find();
    return new JsPath(name, plain ? List.of(name) : split(name));
  }

  /** {@code _.get(item, path)}: the value, or Java null for undefined. */
  JsonNode get(JsonNode item) {
    JsonNode node = item;
    for (String key : keys(item)) {
      if (node == null || node.isNull()) {
        return null;
      }
      node = child(node, key);
    }
    return node;
  }

  /** {@code _.has(item, path)}: every step is an own property; a null value counts. */
  boolean has(JsonNode item) {
    JsonNode node = item;
    for (String key : keys(item)) {
      node = node == null || node.isNull() ? null : child(node, key);
      if (node == null) {
        return false;
      }
    }
    return true;
  }

  private List<String> keys(JsonNode item) {
    return item.isObject() && item.has(name) ? List.of(name) : deep;
  }

  private static JsonNode child(JsonNode node, String key) {
    if (node.isObject()) {
      return node.get(key);
    }
    if (node.isArray() && key.matches("0|[1-9]\\d{0,8}")) {
      return node.get(Integer.parseInt(key));
    }
    return null;
  }

  private static List<String> split(String name) {
    List<String> keys = new ArrayList<>();
    if (name.startsWith(".")) {
      keys.add("");
    }
    Matcher m = PROP_NAME.matcher(name);
    while (m.find()) {
      if (m.group(2) != null) {
        keys.add(ESCAPE.matcher(m.group(3)).replaceAll("$1"));
      } else {
        keys.add(m.group(1) != null ? m.group(1) : m.group());
      }
    }
    return List.copyOf(keys);
  }
}
