package dev.mockapi.model.state;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One field filter of a list request ({@code key}, {@code key_ne}, {@code key_gte}, {@code key_lte}
 * or {@code key_like}) with all its values, as json-server applies it.
 */
final class FieldFilter {

  /** Longest {@code _like} pattern, in characters. */
  static final int MAX_PATTERN_LENGTH = 512;

  /** Most instructions of one compiled {@code _like} pattern (RE2/J's program size). */
  static final int MAX_PROGRAM_SIZE = 5_000;

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
  boolean test(JsonNode item, FilterBudget budget) {
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
        yield patterns.stream()
            .anyMatch(
                p -> {
                  budget.chargeMatch(p.programSize(), text.length());
                  return p.matcher(text).find();
                });
      }
    };
  }

  /**
   * Compiles for RE2/J, which matches in linear time (no backtracking): patterns that need
   * backtracking, such as backreferences and lookarounds, are refused as invalid.
   */
  private static Pattern compile(String key, String regex) {
    if (regex.length() > MAX_PATTERN_LENGTH) {
      throw new InvalidListQueryException(
          "Query parameter "
              + key
              + " is longer than "
              + MAX_PATTERN_LENGTH
              + " characters; a _like pattern must be shorter.");
    }
    if (RegexSize.estimate(regex) > MAX_PROGRAM_SIZE) {
      throw tooLarge(key, "about " + RegexSize.estimate(regex));
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    } catch (PatternSyntaxException e) {
      throw new InvalidListQueryException(
          "Query parameter "
              + key
              + " is not a valid regular expression: "
              + e.getDescription()
              + " in '"
              + regex
              + "' (backreferences and lookarounds are not supported).");
    }
    if (pattern.programSize() > MAX_PROGRAM_SIZE) {
      throw tooLarge(key, Integer.toString(pattern.programSize()));
    }
    return pattern;
  }

  private static InvalidListQueryException tooLarge(String key, String instructions) {
    return new InvalidListQueryException(
        "Query parameter "
            + key
            + " compiles to "
            + instructions
            + " instructions, over "
            + MAX_PROGRAM_SIZE
            + "; use fewer or smaller counted repetitions.");
  }
}
