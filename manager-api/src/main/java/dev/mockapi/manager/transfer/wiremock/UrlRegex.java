package dev.mockapi.manager.transfer.wiremock;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The endpoint path of a WireMock {@code urlPathPattern}, where the regular expression is one an
 * endpoint path can hold: literal segments, segments of one character class such as {@code [0-9]+}
 * or {@code \d+} (each a parameter, named after a named group {@code (?<id>...)}, else {@code
 * param1}, {@code param2}...), and a trailing {@code /.*} (the rest of the path).
 *
 * @param path the endpoint path
 * @param narrower the classes a parameter matches more than (a parameter matches any segment), for
 *     the report; empty when the path matches exactly what the expression does
 */
record UrlRegex(String path, List<String> narrower) {

  private static final String NOT_SLASH = "\u0001";
  private static final Pattern GROUP =
      Pattern.compile("\\((?:\\?<([A-Za-z_][A-Za-z0-9_]*)>|\\?:)?(.*)\\)");
  private static final Pattern ONE_SEGMENT =
      Pattern.compile("(?:" + NOT_SLASH + "|\\[[^\\]/^]+]|\\\\[dw])[+*]");
  private static final Pattern LITERAL =
      Pattern.compile("(?:[A-Za-z0-9_~%,;=:@!'&-]|\\\\[.\\-_~])+");
  private static final Pattern REST = Pattern.compile("(?:/\\.\\*|\\(/\\.\\*\\)\\?|/\\.\\+)$");

  /** The path of {@code regex}, or null when it is not one of the forms an endpoint holds. */
  static UrlRegex of(String regex) {
    String body = regex.strip();
    body = body.startsWith("^") ? body.substring(1) : body;
    body =
        body.endsWith("$") && !body.endsWith("\\$") ? body.substring(0, body.length() - 1) : body;
    Matcher rest = REST.matcher(body);
    boolean toTheEnd = rest.find();
    if (toTheEnd) {
      body = body.substring(0, rest.start());
    }
    if (!body.startsWith("/") && !body.isEmpty()) {
      return null;
    }
    StringBuilder path = new StringBuilder();
    List<String> narrower = new ArrayList<>();
    int params = 0;
    String[] segments = body.replace("[^/]", NOT_SLASH).split("/", -1);
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      Matcher group = GROUP.matcher(segment);
      String name = null;
      if (group.matches()) {
        name = group.group(1);
        segment = group.group(2);
      }
      if (ONE_SEGMENT.matcher(segment).matches()) {
        path.append("/{").append(name != null ? name : "param" + ++params).append('}');
        if (!segment.startsWith(NOT_SLASH)) {
          narrower.add(segment);
        }
      } else if (name == null && LITERAL.matcher(segment).matches()) {
        path.append('/').append(segment.replace("\\", ""));
      } else {
        return null;
      }
    }
    if (toTheEnd) {
      path.append("/**");
    }
    return new UrlRegex(path.isEmpty() ? "/" : path.toString(), List.copyOf(narrower));
  }
}
