package dev.mockapi.model.state;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/**
 * One field filter of a list request ({@code key}, {@code key_ne}, {@code key_gte}, {@code key_lte}
 * or {@code key_like}) with all its values, as json-server applies it.
 */
final class FieldFilter {

  private enum Operator {
    NOT_EQUALS("_ne"),
    AT_LEAST("_gte"),
    AT_MOST("_lte"),
    LIKE("_like"),
    EQUALS("");

    private final String suffix;

    Operator(String suffix) {
      this.suffix = suffix;
    }
  }

  private final Operator operator;
  private final JsPath path;
  private final List<String> values;
  private final List<Pattern> patterns;

  private FieldFilter(Operator operator, JsPath path, List<String> values, List<Pattern> patterns) {
    this.operator = operator;
    this.path = path;
    this.values = values;
    this.patterns = patterns;
  }

  /** The filter a query parameter stands for; throws when a {@code _like} value is no regex. */
  static FieldFilter parse(String key, List<String> values) {
    Operator operator = Operator.EQUALS;
    for (Operator candidate : Operator.values()) {
      if (key.endsWith(candidate.suffix)) {
        operator = candidate;
        break;
      }
    }
    JsPath path = JsPath.of(key.substring(0, key.length() - operator.suffix.length()));
    List<Pattern> patterns =
        operator == Operator.LIKE ? values.stream().map(v -> compile(key, v)).toList() : List.of();
    return new FieldFilter(operator, path, List.copyOf(values), patterns);
  }

  /**
   * Whether json-server keeps this filter for these items: a plain key that no item has is dropped
   * ("automatically delete query parameters that can't be found").
   */
  boolean appliesTo(List<JsonNode> items) {
    return operator != Operator.EQUALS || items.stream().anyMatch(path::has);
  }

  /** Whether the item passes: any value matches, except {@code _ne} where all must. */
  boolean test(JsonNode item, RegexBudget budget) {
    JsonNode v = path.get(item);
    if (v == null || v.isNull()) {
      return false;
    }
    return switch (operator) {
      case EQUALS -> values.contains(JsValues.toJsString(v));
      case NOT_EQUALS -> !values.contains(JsValues.toJsString(v));
      case AT_LEAST -> values.stream().anyMatch(q -> JsValues.lessOrEqual(q, v));
      case AT_MOST -> values.stream().anyMatch(q -> JsValues.greaterOrEqual(q, v));
      case LIKE -> {
        String text = JsValues.toJsString(v);
        yield patterns.stream().anyMatch(p -> budget.find(p, text));
      }
    };
  }

  private static Pattern compile(String key, String regex) {
    try {
      return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw new InvalidListQueryException(
          "Query parameter "
              + key
              + " is not a valid regular expression: "
              + e.getDescription()
              + " in '"
              + regex
              + "'.");
    }
  }
}
