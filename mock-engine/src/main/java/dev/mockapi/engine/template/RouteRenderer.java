package dev.mockapi.engine.template;

import dev.mockapi.engine.routing.CompiledProject;
import dev.mockapi.engine.routing.CompiledRoute;
import dev.mockapi.engine.state.StateOutcome;
import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.StateAction;
import dev.mockapi.model.template.Template;
import dev.mockapi.model.template.TemplateCompiler;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Renders the answer of a matched route: status, templated headers and body. Plain Java. */
public final class RouteRenderer {

  private final JsonMapper json;

  public RouteRenderer(JsonMapper json) {
    this.json = json;
  }

  /**
   * The route's answer.
   *
   * @param state the outcome of the route's state action, null for a stateless route
   */
  public MockReply reply(
      CompiledRoute route, Rendering rendering, StateOutcome state, Map<String, String> cors) {
    Map<String, String> headers = new LinkedHashMap<>(cors);
    JsonNode view = state != null && route.readsRequest() ? state.view(json) : null;
    if (state != null) {
      // CORS already exposes the count and the links, among others: its list stays.
      state.headers().forEach(headers::putIfAbsent);
    }
    for (CompiledRoute.HeaderTemplate header : route.headers()) {
      headers.put(header.name(), headerValue(rendering.render(header.value(), view)));
    }
    int status = status(route);
    if (status == 204) {
      return MockReply.of(status, headers, "");
    }
    if (state != null && route.body().source().isEmpty()) {
      if (!hasContentType(headers)) {
        headers.put("Content-Type", "application/json");
      }
      return MockReply.of(status, headers, state.body());
    }
    if (route.constantBody() != null) {
      return new MockReply(status, headers, route.constantBody(), route.body().constantOutput());
    }
    return MockReply.of(status, headers, rendering.render(route.body(), view));
  }

  /**
   * The answer of an injected {@code http_error} with a failure body, or null when {@code spec} has
   * none (the caller answers a problem then).
   */
  public MockReply failure(
      CompiledProject project,
      CompiledRoute route,
      ChaosSpec spec,
      Rendering rendering,
      Map<String, String> cors) {
    Template failureBody =
        spec == route.chaos() ? route.failureBody() : project.policyFailureBody();
    if (failureBody == null) {
      return null;
    }
    String text = rendering.render(failureBody, null);
    Map<String, String> headers = new LinkedHashMap<>(cors);
    headers.put(
        "Content-Type",
        TemplateCompiler.looksLikeJson(null, text) ? "application/json" : "text/plain");
    return MockReply.of(spec.failureStatus(), headers, text);
  }

  /** A created item answers 201 unless the endpoint chose a status other than the default 200. */
  private static int status(CompiledRoute route) {
    return route.state() != null
            && route.state().action() == StateAction.CREATE
            && route.status() == 200
        ? 201
        : route.status();
  }

  private static boolean hasContentType(Map<String, String> headers) {
    for (String name : headers.keySet()) {
      if (name.equalsIgnoreCase("Content-Type")) {
        return true;
      }
    }
    return false;
  }

  /** Line breaks would split a header; a rendered value keeps them as spaces. */
  private static String headerValue(String rendered) {
    return rendered.indexOf('\r') < 0 && rendered.indexOf('\n') < 0
        ? rendered
        : rendered.replace('\r', ' ').replace('\n', ' ');
  }
}
