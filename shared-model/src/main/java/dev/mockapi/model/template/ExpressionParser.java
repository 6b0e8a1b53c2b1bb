package dev.mockapi.model.template;

import dev.mockapi.model.template.FakerFunction.Kind;
import dev.mockapi.model.template.FakerFunction.Param;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses the text between {@code {{ }}} into an {@link Expression}. Errors carry the offset in the
 * whole template so the compiler can name the line and column.
 */
final class ExpressionParser {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern BODY_STEP = Pattern.compile("[A-Za-z0-9_$-]+");

  private final String text;
  private final int base;
  private int pos;

  private ExpressionParser(String text, int base) {
    this.text = text;
    this.base = base;
  }

  /** Parses {@code text}, which starts at {@code base} in the template. */
  static Expression parse(String text, int base) {
    ExpressionParser parser = new ExpressionParser(text, base);
    parser.skipSpaces();
    Expression expression = parser.expression();
    parser.skipSpaces();
    if (parser.pos < text.length()) {
      throw parser.error("unexpected '" + text.substring(parser.pos) + "'");
    }
    return expression;
  }

  private Expression expression() {
    if (text.startsWith("Faker.", pos)) {
      pos += "Faker.".length();
      return fakerCall();
    }
    if (text.startsWith("request.", pos)) {
      pos += "request.".length();
      return requestValue();
    }
    if (text.startsWith("state.", pos)) {
      pos += "state.".length();
      return stateValue();
    }
    if (text.startsWith("@index", pos)) {
      pos += "@index".length();
      return new Expression.Index();
    }
    int start = pos;
    String word = name();
    return switch (word) {
      case "uuid" -> new Expression.Uuid();
      case "now" -> now();
      default ->
          throw errorAt(
              start,
              (word.isEmpty() ? "missing value" : "unknown value '" + word + "'")
                  + "; use Faker.x(), request.method/path/query/headers/body, state.item/items/total,"
                  + " now, uuid or @index");
    };
  }

  private Expression fakerCall() {
    int at = pos;
    String name = name();
    FakerFunction function = FakerCatalog.find(name);
    if (function == null) {
      String closest = FakerCatalog.closest(name);
      pos = at;
      throw error(
          "unknown Faker function '"
              + name
              + "'"
              + (closest == null ? "" : " (did you mean " + closest + "?)"));
    }
    skipSpaces();
    if (!consume('(')) {
      throw error("Faker." + name + " needs parentheses: Faker." + function.signature());
    }
    List<Object> args = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    skipSpaces();
    while (!consume(')')) {
      if (pos >= text.length()) {
        throw error("')' expected to close Faker." + name + "(");
      }
      if (!args.isEmpty()) {
        if (!consume(',')) {
          throw error("',' or ')' expected");
        }
        skipSpaces();
      }
      positions.add(pos);
      args.add(literal());
      skipSpaces();
    }
    return new Expression.FakerCall(function, bind(function, args, positions, at));
  }

  private Object[] bind(
      FakerFunction function, List<Object> args, List<Integer> positions, int nameAt) {
    List<Param> params = function.params();
    boolean repeated = !params.isEmpty() && params.getLast().repeated();
    int required = (int) params.stream().filter(Param::isRequired).count();
    if (args.size() < required || (!repeated && args.size() > params.size())) {
      throw errorAt(nameAt, "Faker." + function.name() + " takes " + function.signature());
    }
    Object[] bound = new Object[params.size()];
    for (int i = 0; i < params.size(); i++) {
      Param param = params.get(i);
      if (param.repeated()) {
        List<Object> rest = args.subList(Math.min(i, args.size()), args.size());
        for (int j = 0; j < rest.size(); j++) {
          check(function, param, rest.get(j), positions.get(i + j));
        }
        bound[i] = rest.toArray();
      } else if (i < args.size()) {
        bound[i] = check(function, param, args.get(i), positions.get(i));
      } else {
        bound[i] = check(function, param, param.defaultValue(), nameAt);
      }
    }
    return bound;
  }

  /** The value bound to {@code param}, after refusing one of the wrong kind or out of bounds. */
  private Object check(FakerFunction function, Param param, Object value, int at) {
    String of = param.name() + " of Faker." + function.name();
    String problem =
        switch (param.kind()) {
          case INT -> intProblem(of, param, value);
          case NUMBER ->
              value instanceof Long || value instanceof Double d && Double.isFinite(d)
                  ? null
                  : of + " must be a number";
          case STRING, PATTERN -> stringProblem(of, param, value);
          case DATE ->
              value instanceof String date
                  ? dateProblem(date)
                  : of + " must be a quoted date such as '-30d'";
        };
    if (problem != null) {
      throw errorAt(at, problem);
    }
    return param.kind() == Kind.PATTERN ? datePattern((String) value, at) : value;
  }

  private static String intProblem(String of, Param param, Object value) {
    if (!(value instanceof Long number)) {
      return of + " must be a whole number";
    }
    return number < param.min() || number > param.max()
        ? of + " must be from " + param.min() + " to " + param.max()
        : null;
  }

  private static String stringProblem(String of, Param param, Object value) {
    if (!(value instanceof String text)) {
      return of + " must be a quoted string";
    }
    return text.length() > param.max()
        ? of + " must be at most " + param.max() + " characters"
        : null;
  }

  private static String dateProblem(String date) {
    try {
      DateSpec.resolve(date, Instant.EPOCH);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /** A date pattern, compiled once here rather than at each render. */
  private DateTimeFormatter datePattern(String format, int at) {
    if (format.length() > TemplateLimits.MAX_FORMAT_CHARS) {
      throw errorAt(
          at, "date patterns are at most " + TemplateLimits.MAX_FORMAT_CHARS + " characters");
    }
    try {
      return DateTimeFormatter.ofPattern(format).withZone(ZoneOffset.UTC);
    } catch (IllegalArgumentException e) {
      throw errorAt(at, "'" + format + "' is not a date pattern: " + e.getMessage());
    }
  }

  private Expression requestValue() {
    int start = pos;
    String part = name();
    return switch (part) {
      case "method" -> new Expression.RequestMethod();
      case "path" -> consume('.') ? new Expression.PathParam(name()) : new Expression.RequestPath();
      case "query" -> new Expression.QueryParam(afterDot(NAME, "a query parameter name"));
      case "headers" ->
          new Expression.Header(afterDot(HEADER_NAME, "a header name").toLowerCase(Locale.ROOT));
      case "body" -> new Expression.Body(bodyPath());
      default ->
          throw errorAt(
              start,
              "unknown request value '" + part + "'; use method, path, query, headers or body");
    };
  }

  private Expression stateValue() {
    int start = pos;
    String part = name();
    if (!part.equals("item") && !part.equals("items") && !part.equals("total")) {
      throw errorAt(
          start, "unknown state value '" + part + "'; use state.item, state.items or state.total");
    }
    List<String> path = new ArrayList<>(List.of(part));
    path.addAll(bodyPath());
    return new Expression.StateValue(path);
  }

  private List<String> bodyPath() {
    List<String> steps = new ArrayList<>();
    while (pos < text.length() && (text.charAt(pos) == '.' || text.charAt(pos) == '[')) {
      if (steps.size() == TemplateLimits.MAX_PATH_STEPS) {
        throw error("a path reads at most " + TemplateLimits.MAX_PATH_STEPS + " properties");
      }
      if (consume('.')) {
        steps.add(match(BODY_STEP, "a property name"));
      } else {
        pos++;
        String index = match(Pattern.compile("\\d{1,9}"), "an array index");
        if (!consume(']')) {
          throw error("']' expected");
        }
        steps.add(index);
      }
    }
    return steps;
  }

  private Expression now() {
    skipSpaces();
    if (pos >= text.length()) {
      return new Expression.Now(null);
    }
    int at = pos;
    Object pattern = literal();
    if (!(pattern instanceof String format)) {
      pos = at;
      throw error("now takes a quoted date pattern, such as now 'yyyy-MM-dd'");
    }
    return new Expression.Now(datePattern(format, at));
  }

  private Object literal() {
    if (pos >= text.length()) {
      throw error("a value is expected");
    }
    char c = text.charAt(pos);
    if (c == '\'' || c == '"') {
      return string(c);
    }
    int start = pos;
    if (c == '-' || c == '+') {
      pos++;
    }
    while (pos < text.length()
        && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
      pos++;
    }
    String number = text.substring(start, pos);
    try {
      return number.contains(".")
          ? (Object) Double.parseDouble(number)
          : (Object) Long.parseLong(number);
    } catch (NumberFormatException e) {
      pos = start;
      throw error("a number or a quoted string is expected");
    }
  }

  private String string(char quote) {
    int start = pos++;
    StringBuilder value = new StringBuilder();
    while (pos < text.length() && text.charAt(pos) != quote) {
      char c = text.charAt(pos++);
      if (c == '\\' && pos < text.length()) {
        c = text.charAt(pos++);
      }
      value.append(c);
    }
    if (pos >= text.length()) {
      pos = start;
      throw error("string is never closed with " + quote);
    }
    pos++;
    return value.toString();
  }

  private String afterDot(Pattern pattern, String what) {
    if (!consume('.')) {
      throw error("'.' and " + what + " expected");
    }
    return match(pattern, what);
  }

  private String name() {
    int start = pos;
    while (pos < text.length()
        && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos++;
    }
    return text.substring(start, pos);
  }

  private String match(Pattern pattern, String what) {
    int start = pos;
    while (pos < text.length() && pattern.matcher(String.valueOf(text.charAt(pos))).matches()) {
      pos++;
    }
    if (start == pos) {
      throw error(what + " expected");
    }
    return text.substring(start, pos);
  }

  private boolean consume(char c) {
    if (pos < text.length() && text.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private ParseError error(String message) {
    return errorAt(pos, message);
  }

  private ParseError errorAt(int at, String message) {
    return new ParseError(message, base + at);
  }

  /** A parse failure at an offset of the whole template. */
  static final class ParseError extends RuntimeException {
    final int offset;

    ParseError(String message, int offset) {
      super(message, null, false, false);
      this.offset = offset;
    }
  }
}
