package dev.mockapi.manager.transfer.mockoon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The endpoint path of a Mockoon route: the environment's prefix and the route's {@code endpoint}
 * joined, each Express parameter {@code :id} written {@code {id}}, a last segment {@code *} as
 * {@code **} (the rest of the path) and any other {@code *} as one segment.
 *
 * @param path the endpoint path
 * @param narrowed whether a {@code *} inside the path now matches one segment where Mockoon's
 *     matches any text
 */
record RoutePath(String path, boolean narrowed) {

  private static final Pattern PARAM = Pattern.compile(":([A-Za-z_][A-Za-z0-9_]{0,63})");
  private static final Pattern EXPRESS = Pattern.compile(".*[?+()\\[\\]|\\\\].*");

  /** The path of {@code endpoint} below {@code prefix}, or null when it uses Express syntax. */
  static RoutePath of(String prefix, String endpoint) {
    List<String> segments = new ArrayList<>();
    for (String part : List.of(prefix, endpoint.strip())) {
      for (String segment : part.split("/")) {
        if (!segment.isEmpty()) {
          segments.add(segment);
        }
      }
    }
    StringBuilder path = new StringBuilder();
    boolean narrowed = false;
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      if (EXPRESS.matcher(segment).matches()) {
        return null;
      }
      if (segment.equals("*")) {
        boolean last = i == segments.size() - 1;
        narrowed |= !last;
        path.append(last ? "/**" : "/*");
      } else if (segment.contains("*")) {
        return null;
      } else {
        path.append('/').append(PARAM.matcher(segment).replaceAll("{$1}"));
      }
    }
    return new RoutePath(path.isEmpty() ? "/" : path.toString(), narrowed);
  }
}
