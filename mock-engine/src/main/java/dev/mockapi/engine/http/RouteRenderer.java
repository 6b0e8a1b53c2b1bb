package dev.mockapi.engine.http;

import dev.mockapi.engine.chaos.ChaosDecision;
import dev.mockapi.engine.routing.CompiledProject;
import dev.mockapi.engine.routing.CompiledRoute;
import dev.mockapi.engine.state.StateOutcome;
import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.Fault;
import dev.mockapi.model.ProblemType;
import dev.mockapi.model.StateAction;
import dev.mockapi.model.template.RenderBudget;
import dev.mockapi.model.template.RequestData;
import dev.mockapi.model.template.Template;
import dev.mockapi.model.template.TemplateCompiler;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Renders the answer of a matched route: status, templated headers and body, chaos applied. */
@Component
class RouteRenderer {

  private final Responses responses;
  private final JsonMapper json;

  RouteRenderer(Responses responses, JsonMapper json) {
    this.responses = responses;
    this.json = json;
  }

  /**
   * The route's answer.
   *
   * @param state the outcome of the route's state action, null for a stateless route
   */
  MockReply reply(
      CompiledRoute route,
      Rendering rendering,
      StateOutcome state,
      ChaosDecision chaos,
      Map<String, String> cors) {
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
    String text;
    byte[] bytes = null;
    if (status == 204) {
      text = "";
    } else if (state != null && route.body().source().isEmpty()) {
      text = state.body();
      if (headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
        headers.put("Content-Type", "application/json");
      }
    } else if (route.constantBody() != null) {
      bytes = route.constantBody();
      text = route.body().constantOutput();
    } else {
      text = rendering.render(route.body(), view);
    }
    if (chaos.failed() && chaos.spec().fault() == Fault.MALFORMED_BODY) {
      text = text.substring(0, text.length() / 2) + "\u0000{\"truncated";
      bytes = null;
    }
    return new MockReply(
        status, headers, bytes != null ? bytes : text.getBytes(StandardCharsets.UTF_8), text);
  }

  /** The answer of an injected {@code http_error}: the failure body, or a problem saying so. */
  MockReply failure(
      CompiledProject project,
      CompiledRoute route,
      Rendering rendering,
      ChaosDecision chaos,
      Map<String, String> cors) {
    ChaosSpec spec = chaos.spec();
    Map<String, String> headers = new LinkedHashMap<>(cors);
    Template failureBody =
        spec == route.chaos() ? route.failureBody() : project.policyFailureBody();
    String text;
    if (failureBody != null) {
      text = rendering.render(failureBody, null);
      headers.put(
          "Content-Type",
          TemplateCompiler.looksLikeJson(null, text) ? "application/json" : "text/plain");
    } else {
      text =
          responses.json(
              Problem.of(ProblemType.INJECTED_FAILURE, "Chaos made this call fail on purpose")
                  .withStatus(spec.failureStatus())
                  .body());
      headers.put("Content-Type", "application/problem+json");
    }
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

  /** Line breaks would split a header; a rendered value keeps them as spaces. */
  private static String headerValue(String rendered) {
    return rendered.indexOf('\r') < 0 && rendered.indexOf('\n') < 0
        ? rendered
        : rendered.replace('\r', ' ').replace('\n', ' ');
  }

  /**
   * What every template of one call renders with: the request, the locale, the seed and one budget
   * for them all, so a call's header values and body together stay within the render limits.
   */
  record Rendering(RequestData request, String locale, Long seed, RenderBudget budget) {
    Rendering(RequestData request, String locale, Long seed) {
      this(request, locale, seed, new RenderBudget());
    }

    String render(Template template, JsonNode state) {
      return template.render(request, state, locale, seed, budget);
    }
  }
}
