package dev.mockapi.engine.routing;

import dev.mockapi.model.PathPattern;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Matches request path segments against a {@link PathPattern}. */
final class PathMatcher {

  private PathMatcher() {}

  /** The bound parameters (URL-decoded) when {@code segments} match, else null. */
  static Map<String, String> match(PathPattern pattern, List<String> segments) {
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
