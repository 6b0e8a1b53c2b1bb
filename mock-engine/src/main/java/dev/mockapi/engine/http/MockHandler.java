package dev.mockapi.engine.http;

import dev.mockapi.engine.chaos.ChaosPolicy;
import dev.mockapi.engine.state.StateActions;
import dev.mockapi.engine.template.MockReply;
import java.time.Duration;
import java.util.Map;
import org.reactivestreams.Publisher;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * Serves {@code /mock/{slug}/**}: route, access, body, match, chaos, state, render, reply, log;
 * each step is a class of its own, over one {@link MockCall}.
 */
@Component
class MockHandler {

  private final ProjectRoute routes;
  private final CallAccess access;
  private final RequestBodies bodies;
  private final StateActions states;
  private final CallAnswers answers;
  private final ReplyWriter writer;
  private final Responses responses;
  private final ConnectionLoops loops;

  MockHandler(
      ProjectRoute routes,
      CallAccess access,
      RequestBodies bodies,
      StateActions states,
      CallAnswers answers,
      ReplyWriter writer,
      Responses responses,
      ConnectionLoops loops) {
    this.routes = routes;
    this.access = access;
    this.bodies = bodies;
    this.states = states;
    this.answers = answers;
    this.writer = writer;
    this.responses = responses;
    this.loops = loops;
  }

  static boolean handles(String uri) {
    return uri.startsWith(ProjectRoute.PREFIX);
  }

  Publisher<Void> serve(HttpServerRequest request, HttpServerResponse response) {
    MockCall call = routes.call(request, System.nanoTime());
    if (call == null) {
      return responses.problem(response, ProjectRoute.unknownProject(request), Map.of());
    }
    MockReply preflight = CallAccess.preflight(call);
    if (preflight != null) {
      return writer.sendUnrouted(response, call, preflight);
    }
    Problem refusal = access.refusal(call);
    if (refusal != null) {
      return writer.problem(response, call, refusal);
    }
    if (bodies.declaredEmpty(call)) {
      call.body("");
      return answer(response, call);
    }
    return bodies
        .read(request)
        .flatMap(
            body -> {
              call.body(body);
              return answer(response, call);
            })
        .onErrorResume(
            RequestBodies.TooLarge.class,
            tooLarge -> writer.problem(response, call, bodies.tooLarge()));
  }

  private Mono<Void> answer(HttpServerResponse response, MockCall call) {
    Problem unanswerable = routes.match(call);
    if (unanswerable == null) {
      unanswerable = CallAnswers.readSeed(call);
    }
    if (unanswerable != null) {
      return writer.problem(response, call, unanswerable);
    }
    call.chaos(ChaosPolicy.decide(call.route(), call.project().settings()));
    if (call.route().state() == null || call.chaos().failsBeforeState()) {
      // Stateless (or failing before any state is touched): rendered right away, no reactive hop.
      return delayed(call, response, reply(response, call, answers.stateless(call)));
    }
    Mono<MockReply> stateful =
        states
            .apply(call.stateCall())
            .publishOn(loops.of(response))
            .map(outcome -> answers.stateful(call, outcome))
            .onErrorResume(error -> Mono.just(answers.failed(call, error)));
    return delayed(call, response, stateful.flatMap(reply -> reply(response, call, reply)));
  }

  /** The reply step: {@code reply} written, or what the failing call's fault does instead. */
  private Mono<Void> reply(HttpServerResponse response, MockCall call, MockReply reply) {
    return call.chaos().failed()
        ? call.chaos().injectFault(new ConnectionFaults(writer, response, call, reply))
        : writer.send(response, call, reply);
  }

  /** {@code send} after the chaos delay, timed on the connection's event loop. */
  private Mono<Void> delayed(MockCall call, HttpServerResponse response, Mono<Void> send) {
    long delayMs = call.chaos().delayMs();
    return delayMs <= 0
        ? send
        : Mono.delay(Duration.ofMillis(delayMs), loops.of(response)).then(send);
  }
}
