package dev.mockapi.manager.transfer.wiremock;

import dev.mockapi.manager.transfer.Reports;
import dev.mockapi.model.HttpMethods;
import dev.mockapi.model.InvalidPathPatternException;
import dev.mockapi.model.PathPattern;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The route of a mapping's {@code request}: its method and one of {@code url}, {@code urlPath},
 * {@code urlPathTemplate}, {@code urlPathPattern} or {@code urlPattern} as an endpoint path. What
 * else the request matches on is reported: an endpoint matches only a method and a path.
 *
 * @param method the endpoint method; WireMock's {@code ANY} is MockAPI's
 * @param path the endpoint path, normalised
 */
record MappingRequest(String method, PathPattern path) {

  private static final List<String> URLS =
      List.of("url", "urlPath", "urlPathTemplate", "urlPathPattern", "urlPattern");
  private static final Map<String, String> NOT_MATCHED =
      Map.ofEntries(
          Map.entry("headers", "request headers"),
          Map.entry("queryParameters", "query parameters"),
          Map.entry("formParameters", "form parameters"),
          Map.entry("cookies", "cookies"),
          Map.entry("bodyPatterns", "the request body"),
          Map.entry("multipartPatterns", "multipart parts"),
          Map.entry("basicAuthCredentials", "basic authentication"),
          Map.entry("pathParameters", "path parameter values"),
          Map.entry("host", "the host"),
          Map.entry("port", "the port"),
          Map.entry("scheme", "the scheme"),
          Map.entry("clientIp", "the client address"),
          Map.entry("customMatcher", "a custom matcher"));
  private static final Set<String> READ = Set.of("method");

  /** The route of {@code request}, or null (reported) when it has none an endpoint can hold. */
  static MappingRequest of(JsonNode request, Reports reports) {
    if (!request.isObject()) {
      reports.add("/request", "a mapping needs a request object: the mapping is left out");
      return null;
    }
    notMatched(request, reports);
    String written = request.path("method").asString("ANY");
    String method = HttpMethods.normalise(written);
    if (method == null) {
      reports.add(
          "/request/method",
          "the method " + written + " has no equivalent endpoint: the mapping is left out");
      return null;
    }
    String path = path(request, reports);
    if (path == null) {
      return null;
    }
    try {
      return new MappingRequest(method, PathPattern.parse(path));
    } catch (InvalidPathPatternException e) {
      reports.add(
          "/request",
          "the path " + path + " cannot be an endpoint's (" + e.getMessage() + "): left out");
      return null;
    }
  }

  private static void notMatched(JsonNode request, Reports reports) {
    for (Iterator<String> names = request.propertyNames().iterator(); names.hasNext(); ) {
      String name = names.next();
      if (READ.contains(name) || URLS.contains(name)) {
        continue;
      }
      String what = NOT_MATCHED.get(name);
      reports.add(
          "/request/" + name,
          what == null
              ? "a request field this import does not know: not matched"
              : "the endpoint does not match on "
                  + what
                  + ": it answers whatever the request sends");
    }
  }

  private static String path(JsonNode request, Reports reports) {
    String field = URLS.stream().filter(request::has).findFirst().orElse(null);
    if (field == null) {
      return "/**";
    }
    URLS.stream()
        .filter(other -> !other.equals(field) && request.has(other))
        .forEach(
            other ->
                reports.add(
                    "/request/" + other, "a second URL matcher: " + field + " is the one used"));
    String pointer = "/request/" + field;
    String value = request.path(field).asString("");
    return switch (field) {
      case "url" -> withoutQuery(value, false, pointer, reports);
      case "urlPath", "urlPathTemplate" -> value;
      default -> regex(withoutQuery(value, true, pointer, reports), pointer, reports);
    };
  }

  private static String withoutQuery(String url, boolean regex, String pointer, Reports reports) {
    int query = regex ? url.indexOf("\\?") : url.indexOf('?');
    if (query < 0) {
      return url;
    }
    reports.add(
        pointer,
        "the query " + url.substring(query) + " is not matched: the endpoint answers any query");
    return url.substring(0, query);
  }

  private static String regex(String regex, String pointer, Reports reports) {
    UrlRegex translated = UrlRegex.of(regex);
    if (translated == null) {
      reports.add(
          pointer,
          "the regular expression "
              + regex
              + " is not one an endpoint path can hold (literal segments, one-segment classes"
              + " such as [0-9]+, a trailing /.*): the mapping is left out");
      return null;
    }
    if (!translated.narrower().isEmpty()) {
      reports.add(
          pointer,
          "translated as "
              + translated.path()
              + ": its parameters match any segment, not only "
              + String.join(", ", translated.narrower()));
    }
    return translated.path();
  }
}
