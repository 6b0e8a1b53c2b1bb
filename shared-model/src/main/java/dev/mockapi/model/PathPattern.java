package dev.mockapi.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A parsed endpoint path such as {@code /users/{id}/orders/*} or {@code /files/**}.
 *
 * <p>Segments are literals, {@code {name}} parameters, {@code *} (exactly one segment) or {@code
 * **} (the rest of the path, last only). A trailing slash is dropped, so {@code /users/} and {@code
 * /users} are the same pattern.
 *
 * @param source the normalised pattern text
 * @param segments its segments in order
 */
public record PathPattern(String source, List<Segment> segments) {

  /** Longest pattern accepted. */
  public static final int MAX_LENGTH = 512;

  private static final Pattern PARAM_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
  // RFC 3986 pchar: unreserved, percent-encoded, sub-delims, ':' and '@'.
  private static final Pattern LITERAL =
      Pattern.compile("(?:[A-Za-z0-9\\-._~!$&'()+,;=:@]|%[0-9A-Fa-f]{2})+");

  public PathPattern {
    segments = List.copyOf(segments);
  }

  /** One segment of a pattern. */
  public sealed interface Segment {}

  /** Matches exactly {@code value}. */
  public record Literal(String value) implements Segment {}

  /** Matches any one segment and binds it to {@code name}. */
  public record Param(String name) implements Segment {}

  /** {@code *}: matches any one segment. */
  public record AnySegment() implements Segment {}

  /** {@code **}: matches the rest of the path, including nothing. */
  public record Rest() implements Segment {}

  /**
   * Parses and validates a pattern.
   *
   * @throws InvalidPathPatternException naming what is wrong and at which character
   */
  public static PathPattern parse(String path) {
    if (path == null || path.isBlank()) {
      throw new InvalidPathPatternException("must not be empty; use / for the root");
    }
    if (path.length() > MAX_LENGTH) {
      throw new InvalidPathPatternException("must be at most " + MAX_LENGTH + " characters");
    }
    if (path.charAt(0) != '/') {
      throw new InvalidPathPatternException("must start with /");
    }
    int query = path.indexOf('?');
    if (query >= 0) {
      throw new InvalidPathPatternException(
          "must not contain a query string ('?' at character " + (query + 1) + ")");
    }
    String normalised =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    List<Segment> segments = new ArrayList<>();
    Set<String> paramNames = new HashSet<>();
    if (!normalised.equals("/")) {
      int start = 1;
      for (String raw : normalised.substring(1).split("/", -1)) {
        segments.add(parseSegment(raw, start, paramNames));
        start += raw.length() + 1;
      }
    }
    for (int i = 0; i < segments.size() - 1; i++) {
      if (segments.get(i) instanceof Rest) {
        throw new InvalidPathPatternException("** may only be the last segment");
      }
    }
    return new PathPattern(normalised, segments);
  }

  private static Segment parseSegment(String raw, int offset, Set<String> paramNames) {
    String where = " (segment at character " + (offset + 1) + ")";
    if (raw.isEmpty()) {
      throw new InvalidPathPatternException("must not contain an empty segment (//)" + where);
    }
    if (raw.equals("*")) {
      return new AnySegment();
    }
    if (raw.equals("**")) {
      return new Rest();
    }
    if (raw.startsWith("{") && raw.endsWith("}")) {
      String name = raw.substring(1, raw.length() - 1);
      if (!PARAM_NAME.matcher(name).matches()) {
        throw new InvalidPathPatternException(
            "parameter name '"
                + name
                + "' must be a letter or _ followed by letters, digits or _"
                + where);
      }
      if (!paramNames.add(name)) {
        throw new InvalidPathPatternException("parameter {" + name + "} appears twice");
      }
      return new Param(name);
    }
    if (raw.contains("{") || raw.contains("}") || raw.contains("*")) {
      throw new InvalidPathPatternException(
          "'"
              + raw
              + "' mixes text with {param} or *; a parameter or wildcard must be a whole segment"
              + where);
    }
    if (!LITERAL.matcher(raw).matches()) {
      throw new InvalidPathPatternException(
          "'" + raw + "' contains a character not allowed in a URL path" + where);
    }
    return new Literal(raw);
  }

  /**
   * The pattern with parameter names erased: two endpoints of one method with the same route key
   * would match exactly the same requests.
   */
  public String routeKey() {
    if (segments.isEmpty()) {
      return "/";
    }
    return segments.stream()
        .map(
            segment ->
                switch (segment) {
                  case Literal literal -> literal.value();
                  case Param ignored -> "{}";
                  case AnySegment ignored -> "*";
                  case Rest ignored -> "**";
                })
        .collect(Collectors.joining("/", "/", ""));
  }
}
