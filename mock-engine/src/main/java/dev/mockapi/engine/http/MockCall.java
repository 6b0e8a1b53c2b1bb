package dev.mockapi.engine.http;

import dev.mockapi.engine.chaos.ChaosDecision;
import dev.mockapi.engine.routing.CompiledProject;
import dev.mockapi.engine.routing.CompiledRoute;
import dev.mockapi.engine.routing.RouteMatch;
import dev.mockapi.engine.state.StateActions;
import dev.mockapi.model.template.RequestData;
import io.netty.handler.codec.http.HttpHeaders;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One mock call as it goes through the pipeline: the parsed request and its CORS headers from the
 * start, then what the steps add (the body, the match, the seed, the chaos). One object per call,
 * touched by one thread at a time.
 */
final class MockCall {

  private final CompiledProject project;
  private final String method;
  private final String path;
  private final List<String> segments;
  private final String query;
  private final HttpHeaders headers;
  private final Instant arrived;
  private final long startNanos;
  private final boolean preflight;
  private final Map<String, String> cors;
  private Map<String, List<String>> queryValues;
  private String body;
  private RouteMatch match;
  private Long seed;
  private ChaosDecision chaos = ChaosDecision.NONE;

  /**
   * @param path the path below {@code /mock/{slug}}, starting with {@code /}
   * @param segments the non-empty segments of {@code path}
   */
  MockCall(
      CompiledProject project,
      String method,
      String path,
      List<String> segments,
      String query,
      HttpHeaders headers,
      Instant arrived,
      long startNanos) {
    this.project = project;
    this.method = method;
    this.path = path;
    this.segments = segments;
    this.query = query;
    this.headers = headers;
    this.arrived = arrived;
    this.startNanos = startNanos;
    this.preflight = CorsPolicy.isPreflight(method, headers);
    this.cors =
        preflight
            ? CorsPolicy.preflightHeaders(project.settings().cors(), headers)
            : CorsPolicy.headers(project.settings().cors(), headers.get("Origin"));
  }

  CompiledProject project() {
    return project;
  }

  String method() {
    return method;
  }

  String path() {
    return path;
  }

  List<String> segments() {
    return segments;
  }

  String query() {
    return query;
  }

  HttpHeaders headers() {
    return headers;
  }

  Instant arrived() {
    return arrived;
  }

  /** Whether the call is a CORS preflight, which the engine answers itself. */
  boolean preflight() {
    return preflight;
  }

  /** The CORS headers every answer to this call carries (none when its origin is not allowed). */
  Map<String, String> cors() {
    return cors;
  }

  /** The query's names and values, parsed on first use: templates and state share them. */
  Map<String, List<String>> queryValues() {
    if (queryValues == null) {
      queryValues = QueryString.parse(query);
    }
    return queryValues;
  }

  /** The request body, null until read (or when it never is). */
  String body() {
    return body;
  }

  void body(String body) {
    this.body = body;
  }

  RouteMatch match() {
    return match;
  }

  void match(RouteMatch match) {
    this.match = match;
  }

  /** The matched route, null when none matched. */
  CompiledRoute route() {
    return match == null ? null : match.route();
  }

  /** The {@code X-Mock-Seed}, null when the call sent none. */
  Long seed() {
    return seed;
  }

  void seed(Long seed) {
    this.seed = seed;
  }

  ChaosDecision chaos() {
    return chaos;
  }

  void chaos(ChaosDecision chaos) {
    this.chaos = chaos;
  }

  /** What templates see of the call: nothing when neither the route nor a failure body reads it. */
  RequestData requestData() {
    return !match.route().readsRequest() && !chaos.failed()
        ? RequestData.empty()
        : new RequestData(method, path, match.pathParams(), queryValues(), templateHeaders(), body);
  }

  /** What the matched route's state action works on. */
  StateActions.Call stateCall() {
    return new StateActions.Call(
        project.projectKey(),
        match.route().state(),
        match.pathParams().get("id"),
        queryValues(),
        body,
        url());
  }

  /** Request headers with lower-case names, for templates. */
  private Map<String, String> templateHeaders() {
    Map<String, String> map = new LinkedHashMap<>();
    headers.forEach(h -> map.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
    return map;
  }

  /** The URL as the client sent it (scheme from {@code X-Forwarded-Proto}, else http). */
  private String url() {
    String host = headers.get("Host");
    String scheme = headers.get("X-Forwarded-Proto");
    return (scheme == null ? "http" : scheme)
        + "://"
        + (host == null ? "localhost" : host)
        + "/mock/"
        + project.slug()
        + path
        + (query.isEmpty() ? "" : "?" + query);
  }

  long elapsedNanos() {
    return System.nanoTime() - startNanos;
  }
}
