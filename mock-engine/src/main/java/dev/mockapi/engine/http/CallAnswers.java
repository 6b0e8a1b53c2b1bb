package dev.mockapi.engine.http;

import dev.mockapi.engine.routing.CompiledRoute;
import dev.mockapi.engine.state.StateException;
import dev.mockapi.engine.state.StateOutcome;
import dev.mockapi.engine.template.MockReply;
import dev.mockapi.engine.template.Rendering;
import dev.mockapi.engine.template.RouteRenderer;
import dev.mockapi.model.ProblemType;
import dev.mockapi.model.template.TemplateRenderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The render step: what a matched call answers, rendered by the {@link RouteRenderer}, or the
 * problem when its seed, its state action or its rendering fails.
 */
@Component
class CallAnswers {

  private static final Logger log = LoggerFactory.getLogger(CallAnswers.class);

  private final RouteRenderer renderer;
  private final Responses responses;

  CallAnswers(JsonMapper json, Responses responses) {
    this.renderer = new RouteRenderer(json);
    this.responses = responses;
  }

  /** Takes the call's {@code X-Mock-Seed}; the problem when it is not a whole number. */
  static Problem readSeed(MockCall call) {
    String header = call.headers().get("X-Mock-Seed");
    try {
      call.seed(header == null ? null : Long.parseLong(header.trim()));
      return null;
    } catch (NumberFormatException e) {
      return Problem.of(ProblemType.BAD_REQUEST, "X-Mock-Seed must be a whole number")
          .titled("Invalid X-Mock-Seed");
    }
  }

  /** The answer of a call that touches no state: the route's, or its injected failure. */
  MockReply stateless(MockCall call) {
    try {
      return call.chaos().failsBeforeState()
          ? failure(call)
          : renderer.reply(call.route(), rendering(call), null, call.cors());
    } catch (RuntimeException e) {
      return responses.problemReply(renderFailed(call.route(), e), call.cors());
    }
  }

  /** The route's answer after its state action; throws when rendering fails. */
  MockReply stateful(MockCall call, StateOutcome outcome) {
    return renderer.reply(call.route(), rendering(call), outcome, call.cors());
  }

  /** The answer of a call whose state action or rendering failed with {@code error}. */
  MockReply failed(MockCall call, Throwable error) {
    return responses.problemReply(
        error instanceof StateException state
            ? Problem.of(state.type(), state.detail())
            : renderFailed(call.route(), error),
        call.cors());
  }

  /** The answer of an injected {@code http_error}: the failure body, or a problem saying so. */
  private MockReply failure(MockCall call) {
    MockReply failure =
        renderer.failure(
            call.project(), call.route(), call.chaos().spec(), rendering(call), call.cors());
    return failure != null
        ? failure
        : responses.problemReply(
            Problem.of(ProblemType.INJECTED_FAILURE, "Chaos made this call fail on purpose")
                .withStatus(call.chaos().spec().failureStatus()),
            call.cors());
  }

  private static Rendering rendering(MockCall call) {
    return new Rendering(call.requestData(), call.project().settings().fakerLocale(), call.seed());
  }

  /** An output cap (its message is meant for users), or a value a helper could not produce. */
  private static Problem renderFailed(CompiledRoute route, Throwable error) {
    String detail =
        error instanceof TemplateRenderException
            ? error.getMessage()
            : "A value of the template could not be produced";
    if (!(error instanceof TemplateRenderException)) {
      log.warn("Rendering endpoint {} failed", route.endpointId(), error);
    }
    return Problem.of(ProblemType.RENDER_FAILED, detail).with("endpointId", route.endpointId());
  }
}
