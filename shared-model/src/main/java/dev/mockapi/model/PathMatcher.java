package dev.mockapi.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches request paths against a {@link PathPattern}, as the engine routes (and the manager
 * filters the request history).
 */
public final class PathMatcher {

  private PathMatcher() {}

  /** The bound parameters (URL-decoded) when {@code segments} match, else null. */
  public static Map<String, String> match(PathPattern pattern, List<String> segments) {
    List<PathPattern.Segment> parts = pattern.segments();
    Map<String, String> params = null;
    int i = 0;
    for (; i < parts.size(); i++) {
      PathPattern.Segment part = parts.get(i);
      if (part instanceof PathPattern.Rest) {
        return params == null ? Map.of() : params;
      }
      if (i >= segments.size()) {
        return null;
      }
      String segment = segments.get(i);
      switch (part) {
        case PathPattern.Literal literal -> {
          if (!literal.value().equals(segment)) {
            return null;
          }
        }
        case PathPattern.Param param -> {
          if (params == null) {
            params = new HashMap<>(4);
          }
          params.put(param.name(), decode(segment));
        }
        default -> {}
      }
    }
    if (i != segments.size()) {
      return null;
    }
    return params == null ? Map.of() : params;
  }

  /** The non-empty segments of a path such as {@code /users/7/} ({@code users}, {@code 7}). */
  public static List<String> segments(String path) {
    List<String> segments = new ArrayList<>(8);
    int start = 1;
    while (start <= path.length()) {
      int end = path.indexOf('/', start);
      if (end < 0) {
        end = path.length();
      }
      if (end > start) {
        segments.add(path.substring(start, end));
      }
      start = end + 1;
    }
    return segments;
  }

  private static String decode(String segment) {
    if (segment.indexOf('%') < 0 && segment.indexOf('+') < 0) {
      return segment;
    }
    try {
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return segment;
    }
  }
}
