package dev.mockapi.engine.http;

import dev.mockapi.engine.chaos.ChaosDecision;
import dev.mockapi.engine.http.RouteRenderer.Rendering;
import dev.mockapi.engine.routing.CompiledProject;
import dev.mockapi.engine.routing.CompiledRoute;
import dev.mockapi.engine.routing.RouteMatch;
import dev.mockapi.engine.state.StateActions;
import dev.mockapi.engine.state.StateException;
import dev.mockapi.engine.sync.ProjectRegistry;
import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.Fault;
import dev.mockapi.model.PathMatcher;
import dev.mockapi.model.ProblemType;
import dev.mockapi.model.ProjectSettings;
import dev.mockapi.model.Sha256;
import dev.mockapi.model.template.RequestData;
import dev.mockapi.model.template.TemplateRenderException;
import io.netty.channel.EventLoop;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/** Serves {@code /mock/{slug}/**}: route, chaos, state, render, respond, log. */
@Component
class MockHandler {

  private static final Logger log = LoggerFactory.getLogger(MockHandler.class);
  private static final String PREFIX = "/mock/";
  private static final int NEAREST = 3;

  private final ProjectRegistry registry;
  private final RequestBodies bodies;
  private final RouteRenderer renderer;
  private final StateActions states;
  private final ReplyWriter writer;
  private final Responses responses;
  private final Map<EventLoop, Scheduler> loops = new ConcurrentHashMap<>();

  MockHandler(
      ProjectRegistry registry,
      RequestBodies bodies,
      RouteRenderer renderer,
      StateActions states,
      ReplyWriter writer,
      Responses responses) {
    this.registry = registry;
    this.bodies = bodies;
    this.renderer = renderer;
    this.states = states;
    this.writer = writer;
    this.responses = responses;
  }

  static boolean handles(String uri) {
    return uri.startsWith(PREFIX);
  }

  Publisher<Void> serve(HttpServerRequest request, HttpServerResponse response) {
    long start = System.nanoTime();
    String uri = request.uri();
    int q = uri.indexOf('?');
    String rawPath = q < 0 ? uri : uri.substring(0, q);
    int slash = rawPath.indexOf('/', PREFIX.length());
    String slug =
        slash < 0 ? rawPath.substring(PREFIX.length()) : rawPath.substring(PREFIX.length(), slash);
    CompiledProject project = registry.get(slug);
    if (project == null) {
      return responses.problem(
          response,
          Problem.of(ProblemType.NOT_FOUND, "No project has the slug '" + slug + "'")
              .titled("Unknown project"),
          Map.of());
    }
    String path = slash < 0 ? "/" : rawPath.substring(slash);
    MockCall call =
        new MockCall(
            project,
            request.method().name(),
            path,
            PathMatcher.segments(path),
            q < 0 ? "" : uri.substring(q + 1),
            request.requestHeaders(),
            Instant.now(),
            start);
    ProjectSettings settings = project.settings();
    Map<String, String> cors = new LinkedHashMap<>();
    if (CorsPolicy.isPreflight(call.method(), call.headers())) {
      CorsPolicy.applyPreflight(settings.cors(), call.headers(), cors);
      return writer.send(
          response, call, null, new MockReply(204, cors, new byte[0], ""), ChaosDecision.NONE, "");
    }
    CorsPolicy.apply(settings.cors(), call.headers().get("Origin"), cors);
    if (settings.apiKeyRequired() && !apiKeyMatches(project, call.headers().get("X-Api-Key"))) {
      return writer.problem(
          response,
          call,
          null,
          cors,
          Problem.of(ProblemType.UNAUTHORIZED, "This project requires a valid X-Api-Key header")
              .titled("API key required"));
    }
    if (bodies.declaredTooLarge(call)) {
      return writer.problem(response, call, null, cors, bodies.tooLarge());
    }
    if (bodies.declaredEmpty(call)) {
      return answer(response, call, "", cors);
    }
    return bodies
        .read(request)
        .flatMap(body -> answer(response, call, body, cors))
        .onErrorResume(
            RequestBodies.TooLarge.class,
            tooLarge -> writer.problem(response, call, null, cors, bodies.tooLarge()));
  }

  private Mono<Void> answer(
      HttpServerResponse response, MockCall call, String body, Map<String, String> cors) {
    CompiledProject project = call.project();
    RouteMatch match = project.match(call.method(), normalised(call.path()), call.segments());
    if (match == null) {
      return writer.problem(response, call, body, cors, noMatch(call));
    }
    Long seed;
    try {
      String header = call.headers().get("X-Mock-Seed");
      seed = header == null ? null : Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return writer.problem(
          response,
          call,
          body,
          cors,
          Problem.of(ProblemType.BAD_REQUEST, "X-Mock-Seed must be a whole number")
              .titled("Invalid X-Mock-Seed"));
    }
    CompiledRoute route = match.route();
    ChaosDecision chaos =
        ChaosDecision.draw(effectiveChaos(route, project.settings()), ThreadLocalRandom.current());
    RequestData data =
        !route.readsRequest() && !chaos.failed()
            ? RequestData.empty()
            : new RequestData(
                call.method(),
                call.path(),
                match.pathParams(),
                QueryString.parse(call.query()),
                call.templateHeaders(),
                body);
    Rendering rendering = new Rendering(data, project.settings().fakerLocale(), seed);
    boolean injectedError = chaos.failed() && chaos.spec().fault() == Fault.HTTP_ERROR;
    if (route.state() == null || injectedError) {
      // Stateless (or failing before any state is touched): rendered right away, no reactive hop.
      MockReply reply;
      try {
        reply =
            injectedError
                ? renderer.failure(project, route, rendering, chaos, cors)
                : renderer.reply(route, rendering, null, chaos, cors);
      } catch (RuntimeException e) {
        reply = writer.problemReply(renderFailed(route, e), cors);
      }
      return delayed(chaos, response, writer.send(response, call, route, reply, chaos, body));
    }
    Mono<MockReply> stateful =
        states
            .apply(stateCall(call, match, body))
            .publishOn(eventLoopOf(response))
            .map(outcome -> renderer.reply(route, rendering, outcome, chaos, cors))
            .onErrorResume(
                error ->
                    Mono.just(
                        writer.problemReply(
                            error instanceof StateException state
                                ? Problem.of(state.type(), state.detail())
                                : renderFailed(route, error),
                            cors)));
    return delayed(
        chaos,
        response,
        stateful.flatMap(reply -> writer.send(response, call, route, reply, chaos, body)));
  }

  /**
   * The event loop of the call's connection. Every answer is written there: one written from
   * another thread (a state action's outcome completes on Lettuce's, a delay on a timer's)
   * sometimes left the next request on the same keep-alive connection unanswered ({@code
   * KeepAliveTest}).
   */
  private Scheduler eventLoopOf(HttpServerResponse response) {
    EventLoop[] loop = new EventLoop[1];
    response.withConnection(connection -> loop[0] = connection.channel().eventLoop());
    return loops.computeIfAbsent(loop[0], Schedulers::fromExecutorService);
  }

  private static StateActions.Call stateCall(MockCall call, RouteMatch match, String body) {
    return new StateActions.Call(
        call.project().projectKey(),
        match.route().state(),
        match.pathParams().get("id"),
        QueryString.parse(call.query()),
        body,
        call.url());
  }

  private static Problem noMatch(MockCall call) {
    CompiledProject project = call.project();
    return Problem.of(
            ProblemType.NO_MATCHING_ENDPOINT,
            "No endpoint of project '"
                + project.slug()
                + "' matches "
                + call.method()
                + " "
                + call.path())
        .with("method", call.method())
        .with("path", call.path())
        .with("nearest", project.nearMisses(call.method(), call.path(), NEAREST));
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

  /** {@code send} after the chaos delay, timed on the connection's event loop. */
  private Mono<Void> delayed(ChaosDecision chaos, HttpServerResponse response, Mono<Void> send) {
    return chaos.delayMs() <= 0
        ? send
        : Mono.delay(Duration.ofMillis(chaos.delayMs()), eventLoopOf(response)).then(send);
  }

  private static ChaosSpec effectiveChaos(CompiledRoute route, ProjectSettings settings) {
    if (route.chaos() != null) {
      return route.chaos();
    }
    ProjectSettings.ChaosMode mode = settings.chaosMode();
    return mode != null && mode.enabled() ? mode.policy() : null;
  }

  private static boolean apiKeyMatches(CompiledProject project, String key) {
    return key != null
        && project.apiKeySha256() != null
        && MessageDigest.isEqual(
            Sha256.hex(key).getBytes(StandardCharsets.US_ASCII),
            project.apiKeySha256().getBytes(StandardCharsets.US_ASCII));
  }

  private static String normalised(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
