package dev.mockapi.manager.livelog;

import dev.mockapi.manager.web.FieldErrors;
import dev.mockapi.model.InvalidPathPatternException;
import dev.mockapi.model.PathMatcher;
import dev.mockapi.model.PathPattern;
import dev.mockapi.model.RequestLogEvent;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which logged requests a reader wants; every part is optional and they combine with AND.
 *
 * @param method the request method, any case; null for any
 * @param statuses the response statuses wanted (one code or a class such as 4xx); null for any
 * @param path a pattern the request path must match, as endpoints use them; null for any
 * @param matched whether an endpoint matched; null for either
 */
record RequestFilter(String method, StatusRange statuses, PathPattern path, Boolean matched)
    implements Predicate<RequestLogEvent> {

  static final String STATUS_RULE = "must be a status code such as 404 or a class from 2xx to 5xx";
  static final String MATCHED_RULE = "must be true or false";

  private static final Pattern STATUS = Pattern.compile("([1-5])(\\d\\d|[xX][xX])");

  /** An inclusive range of response statuses. */
  record StatusRange(int from, int to) {

    boolean contains(int status) {
      return status >= from && status <= to;
    }
  }

  /** Reads the query parameters; each bad one becomes a field error in {@code errors}. */
  static RequestFilter parse(
      String method, String status, String path, String matched, FieldErrors errors) {
    return new RequestFilter(
        blank(method) ? null : method.strip(),
        statuses(status, errors),
        pattern(path, errors),
        matched(matched, errors));
  }

  @Override
  public boolean test(RequestLogEvent event) {
    RequestLogEvent.Request request = event.request();
    RequestLogEvent.Response response = event.response();
    return (method == null || (request != null && method.equalsIgnoreCase(request.method())))
        && (statuses == null || (response != null && statuses.contains(response.status())))
        && (path == null || (request != null && matches(path, request.path())))
        && (matched == null || matched == event.matched());
  }

  /** Whether the request path matches {@code pattern}, as the engine routes. */
  static boolean matches(PathPattern pattern, String requestPath) {
    return requestPath != null
        && PathMatcher.match(pattern, PathMatcher.segments(requestPath)) != null;
  }

  private static StatusRange statuses(String status, FieldErrors errors) {
    if (blank(status)) {
      return null;
    }
    Matcher code = STATUS.matcher(status.strip());
    if (!code.matches()) {
      errors.add("status", STATUS_RULE);
      return null;
    }
    int hundreds = Integer.parseInt(code.group(1)) * 100;
    if (Character.isDigit(code.group(2).charAt(0))) {
      int exact = hundreds + Integer.parseInt(code.group(2));
      return new StatusRange(exact, exact);
    }
    if (!errors.check(hundreds >= 200, "status", STATUS_RULE)) {
      return null;
    }
    return new StatusRange(hundreds, hundreds + 99);
  }

  private static PathPattern pattern(String path, FieldErrors errors) {
    if (blank(path)) {
      return null;
    }
    try {
      return PathPattern.parse(path.strip());
    } catch (InvalidPathPatternException e) {
      errors.add("path", e.getMessage());
      return null;
    }
  }

  private static Boolean matched(String matched, FieldErrors errors) {
    if (blank(matched)) {
      return null;
    }
    return switch (matched.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> {
        errors.add("matched", MATCHED_RULE);
        yield null;
      }
    };
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
