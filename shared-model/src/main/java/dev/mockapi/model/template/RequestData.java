package dev.mockapi.model.template;

import java.util.List;
import java.util.Map;

/**
 * What a template may read of the incoming request.
 *
 * @param method the HTTP method, upper case
 * @param path the request path below the project, such as {@code /users/7}
 * @param pathParams values bound by {@code {name}} segments
 * @param query query parameters (first value is used)
 * @param headers request headers with lower-case names
 * @param body the raw body, empty for none
 */
public record RequestData(
    String method,
    String path,
    Map<String, String> pathParams,
    Map<String, List<String>> query,
    Map<String, String> headers,
    String body) {

  public RequestData {
    pathParams = pathParams == null ? Map.of() : pathParams;
    query = query == null ? Map.of() : query;
    headers = headers == null ? Map.of() : headers;
    body = body == null ? "" : body;
  }

  private static final RequestData EMPTY =
      new RequestData("GET", "/", Map.of(), Map.of(), Map.of(), "");

  /** An empty GET of {@code /}, for previews without a sample request. */
  public static RequestData empty() {
    return EMPTY;
  }

  String queryValue(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.getFirst();
  }
}
