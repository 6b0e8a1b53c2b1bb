package dev.mockapi.model.state;

import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;

/**
 * JavaScript's view of JSON values, as json-server's comparisons see them. A Java {@code null}
 * stands for {@code undefined} (a missing property); a JSON null is a {@code NullNode}.
 */
final class JsValues {

  private JsValues() {}

  /** {@code String(v)} of a defined value. */
  static String toJsString(JsonNode v) {
    return switch (v.getNodeType()) {
      case STRING -> v.stringValue();
      case NUMBER -> JsNumbers.toString(toDouble(v));
      case BOOLEAN -> Boolean.toString(v.booleanValue());
      case NULL -> "null";
      case ARRAY -> join(v);
      default -> "[object Object]";
    };
  }

  /** {@code Number(v)}, with objects and arrays converted through their string form. */
  static double toNumber(JsonNode v) {
    if (v == null) {
      return Double.NaN;
    }
    return switch (v.getNodeType()) {
      case NULL -> 0;
      case BOOLEAN -> v.booleanValue() ? 1 : 0;
      case NUMBER -> toDouble(v);
      default -> JsNumbers.fromString(toJsString(v));
    };
  }

  /** Whether {@code v} is truthy: not undefined, null, false, 0, NaN or "". */
  static boolean truthy(JsonNode v) {
    if (v == null) {
      return false;
    }
    return switch (v.getNodeType()) {
      case NULL -> false;
      case BOOLEAN -> v.booleanValue();
      case NUMBER -> toDouble(v) != 0;
      case STRING -> !v.stringValue().isEmpty();
      default -> true;
    };
  }

  /** {@code a < b}: by UTF-16 code units when both are string-like, else numerically (NaN: no). */
  static boolean lessThan(JsonNode a, JsonNode b) {
    if (isStringLike(a) && isStringLike(b)) {
      return toJsString(a).compareTo(toJsString(b)) < 0;
    }
    return toNumber(a) < toNumber(b);
  }

  /** {@code q <= v} for a query string {@code q} and a defined, non-null value. */
  static boolean lessOrEqual(String q, JsonNode v) {
    if (isStringLike(v)) {
      return q.compareTo(toJsString(v)) <= 0;
    }
    return JsNumbers.fromString(q) <= toNumber(v);
  }

  /** {@code q >= v} for a query string {@code q} and a defined, non-null value. */
  static boolean greaterOrEqual(String q, JsonNode v) {
    if (isStringLike(v)) {
      return q.compareTo(toJsString(v)) >= 0;
    }
    return JsNumbers.fromString(q) >= toNumber(v);
  }

  /** Strings, objects and arrays, whose primitive form (JS ToPrimitive) is a string. */
  private static boolean isStringLike(JsonNode v) {
    return v != null && (v.isString() || v.isContainer());
  }

  private static String join(JsonNode array) {
    StringJoiner joined = new StringJoiner(",");
    for (JsonNode element : array.values()) {
      joined.add(element.isNull() ? "" : toJsString(element));
    }
    return joined.toString();
  }

  /** JavaScript has one number type; big integers and decimals lose precision as they would. */
  private static double toDouble(JsonNode number) {
    return number.numberValue().doubleValue();
  }
}
