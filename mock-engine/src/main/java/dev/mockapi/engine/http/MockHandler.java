package dev.mockapi.engine.http;

import dev.mockapi.engine.chaos.ChaosDecision;
import dev.mockapi.engine.config.EngineProperties;
import dev.mockapi.engine.requestlog.RequestLogPublisher;
import dev.mockapi.engine.routing.CompiledProject;
import dev.mockapi.engine.routing.CompiledRoute;
import dev.mockapi.engine.routing.RouteMatch;
import dev.mockapi.engine.sync.ProjectRegistry;
import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.Fault;
import dev.mockapi.model.ProjectSettings;
import dev.mockapi.model.RandomUuids;
import dev.mockapi.model.RequestLogEvent;
import dev.mockapi.model.Sha256;
import dev.mockapi.model.template.RequestData;
import dev.mockapi.model.template.Template;
import dev.mockapi.model.template.TemplateCompiler;
import dev.mockapi.model.template.TemplateRenderException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/** Serves {@code /mock/{slug}/**}: route, chaos, state, render, respond, log. */
@Component
class MockHandler {

  private static final Logger log = LoggerFactory.getLogger(MockHandler.class);
  private static final String PREFIX = "/mock/";
  private static final int NEAREST = 3;

  private final ProjectRegistry registry;
  private final RequestLogPublisher logs;
  private final Responses responses;
  private final long maxBody;

  MockHandler(
      ProjectRegistry registry,
      RequestLogPublisher logs,
      Responses responses,
      EngineProperties properties) {
    this.registry = registry;
    this.logs = logs;
    this.responses = responses;
    this.maxBody = properties.maxRequestBodySize().toBytes();
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
          Problem.of(404, "not-found", "Unknown project", "No project has the slug '" + slug + "'"),
          Map.of());
    }
    String path = slash < 0 ? "/" : rawPath.substring(slash);
    MockCall call =
        new MockCall(
            project,
            request.method().name(),
            path,
            segments(path),
            q < 0 ? "" : uri.substring(q + 1),
            request.requestHeaders(),
            Instant.now(),
            start);
    ProjectSettings settings = project.settings();
    Map<String, String> cors = new LinkedHashMap<>();
    if (CorsPolicy.isPreflight(call.method(), call.headers())) {
      CorsPolicy.applyPreflight(settings.cors(), call.headers(), cors);
      return respond(response, call, null, 204, cors, new byte[0], "", ChaosDecision.NONE, "");
    }
    CorsPolicy.apply(settings.cors(), call.headers().get("Origin"), cors);
    if (settings.apiKeyRequired() && !apiKeyMatches(project, call.headers().get("X-Api-Key"))) {
      return fail(
          response,
          call,
          null,
          cors,
          Problem.of(
              401,
              "unauthorized",
              "API key required",
              "This project requires a valid X-Api-Key header"));
    }
    long declared = declaredLength(call);
    if (declared > maxBody) {
      return fail(response, call, null, cors, tooLarge());
    }
    if (declared == 0 || (declared < 0 && !call.headers().contains("Transfer-Encoding"))) {
      return answer(response, call, "", cors);
    }
    return readBody(request)
        .flatMap(body -> Mono.from(answer(response, call, body, cors)))
        .onErrorResume(
            BodyTooLarge.class,
            tooLarge -> Mono.from(fail(response, call, null, cors, tooLarge())));
  }

  /** The body as text, refused as soon as more than the limit has arrived, however it is sent. */
  private Mono<String> readBody(HttpServerRequest request) {
    return request
        .receive()
        .reduceWith(
            ByteArrayOutputStream::new,
            (out, chunk) -> {
              int size = chunk.readableBytes();
              if (out.size() + (long) size > maxBody) {
                throw new BodyTooLarge();
              }
              byte[] bytes = new byte[size];
              chunk.readBytes(bytes);
              out.write(bytes, 0, size);
              return out;
            })
        .map(out -> out.toString(StandardCharsets.UTF_8))
        .defaultIfEmpty("");
  }

  private static long declaredLength(MockCall call) {
    String header = call.headers().get("Content-Length");
    if (header == null) {
      return -1;
    }
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  /** Signals a request body past the limit while it is being read. */
  private static final class BodyTooLarge extends RuntimeException {
    BodyTooLarge() {
      super("request body over the limit", null, false, false);
    }
  }

  private Publisher<Void> answer(
      HttpServerResponse response, MockCall call, String body, Map<String, String> cors) {
    CompiledProject project = call.project();
    RouteMatch match = project.match(call.method(), normalised(call.path()), call.segments());
    if (match == null) {
      return fail(
          response,
          call,
          body,
          cors,
          Problem.of(
                  404,
                  "no-matching-endpoint",
                  "No endpoint matches",
                  "No endpoint of project '"
                      + project.slug()
                      + "' matches "
                      + call.method()
                      + " "
                      + call.path())
              .with("method", call.method())
              .with("path", call.path())
              .with("nearest", project.nearMisses(call.method(), call.path(), NEAREST)));
    }
    Long seed;
    try {
      String header = call.headers().get("X-Mock-Seed");
      seed = header == null ? null : Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return fail(
          response,
          call,
          body,
          cors,
          Problem.of(
              400, "bad-request", "Invalid X-Mock-Seed", "X-Mock-Seed must be a whole number"));
    }
    CompiledRoute route = match.route();
    if (route.state() != null) {
      return fail(
          response,
          call,
          body,
          cors,
          Problem.of(
              501,
              "not-implemented",
              "Stateful endpoints are not served yet",
              "This endpoint acts on collection '"
                  + route.state().collection()
                  + "'; stateful collections arrive in a later release"));
    }
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
    String locale = project.settings().fakerLocale();
    try {
      if (chaos.failed() && chaos.spec().fault() == Fault.HTTP_ERROR) {
        return failure(response, call, route, data, locale, seed, body, cors, chaos);
      }
      Map<String, String> headers = new LinkedHashMap<>(cors);
      for (CompiledRoute.HeaderTemplate header : route.headers()) {
        headers.put(header.name(), headerValue(header.value().render(data, locale, seed)));
      }
      String text;
      byte[] bytes;
      if (route.constantBody() != null) {
        bytes = route.constantBody();
        text = route.body().constantOutput();
      } else {
        text = route.body().render(data, locale, seed);
        bytes = text.getBytes(StandardCharsets.UTF_8);
      }
      if (chaos.failed() && chaos.spec().fault() == Fault.MALFORMED_BODY) {
        text = text.substring(0, text.length() / 2) + "\u0000{\"truncated";
        bytes = text.getBytes(StandardCharsets.UTF_8);
      }
      return delayed(
          chaos,
          respondOrBreak(response, call, route, body, route.status(), headers, bytes, text, chaos));
    } catch (RuntimeException e) {
      // An output cap (its message is meant for users), or a value a helper could not produce.
      String detail =
          e instanceof TemplateRenderException
              ? e.getMessage()
              : "A value of the template could not be produced";
      if (!(e instanceof TemplateRenderException)) {
        log.warn("Rendering endpoint {} failed", route.endpointId(), e);
      }
      return fail(
          response,
          call,
          body,
          cors,
          Problem.of(500, "render-failed", "The response template failed", detail)
              .with("endpointId", route.endpointId()));
    }
  }

  private Publisher<Void> failure(
      HttpServerResponse response,
      MockCall call,
      CompiledRoute route,
      RequestData data,
      String locale,
      Long seed,
      String body,
      Map<String, String> cors,
      ChaosDecision chaos) {
    ChaosSpec spec = chaos.spec();
    Map<String, String> headers = new LinkedHashMap<>(cors);
    String text;
    Template failureBody =
        spec == route.chaos() ? route.failureBody() : call.project().policyFailureBody();
    if (failureBody != null) {
      text = failureBody.render(data, locale, seed);
      headers.put(
          "Content-Type",
          TemplateCompiler.looksLikeJson(null, text) ? "application/json" : "text/plain");
    } else {
      text =
          responses.json(
              Problem.of(
                      spec.failureStatus(),
                      "injected-failure",
                      "Injected failure",
                      "Chaos made this call fail on purpose")
                  .body());
      headers.put("Content-Type", "application/problem+json");
    }
    return delayed(
        chaos,
        respond(
            response,
            call,
            route,
            spec.failureStatus(),
            headers,
            text.getBytes(StandardCharsets.UTF_8),
            text,
            chaos,
            body));
  }

  private Publisher<Void> respondOrBreak(
      HttpServerResponse response,
      MockCall call,
      CompiledRoute route,
      String requestBody,
      int status,
      Map<String, String> headers,
      byte[] bytes,
      String text,
      ChaosDecision chaos) {
    if (chaos.failed()
        && (chaos.spec().fault() == Fault.CONNECTION_RESET
            || chaos.spec().fault() == Fault.EMPTY_RESPONSE)) {
      boolean reset = chaos.spec().fault() == Fault.CONNECTION_RESET;
      return Mono.defer(
          () -> {
            response.withConnection(
                connection -> {
                  if (reset) {
                    connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
                  }
                  connection.channel().close();
                });
            log(call, route, requestBody, 0, Map.of(), "", chaos);
            return Mono.<Void>empty();
          });
    }
    return respond(response, call, route, status, headers, bytes, text, chaos, requestBody);
  }

  private Publisher<Void> fail(
      HttpServerResponse response,
      MockCall call,
      String requestBody,
      Map<String, String> cors,
      Problem problem) {
    String text = responses.json(problem.body());
    Map<String, String> headers = new LinkedHashMap<>(cors);
    headers.put("Content-Type", "application/problem+json");
    return respond(
        response,
        call,
        null,
        problem.status(),
        headers,
        text.getBytes(StandardCharsets.UTF_8),
        text,
        ChaosDecision.NONE,
        requestBody);
  }

  private Publisher<Void> respond(
      HttpServerResponse response,
      MockCall call,
      CompiledRoute route,
      int status,
      Map<String, String> headers,
      byte[] bytes,
      String text,
      ChaosDecision chaos,
      String requestBody) {
    response.status(status);
    headers.forEach(response::header);
    boolean head = call.method().equals("HEAD");
    response.header("Content-Length", Integer.toString(bytes.length));
    Mono<ByteBuf> payload =
        head || bytes.length == 0 ? Mono.empty() : Mono.just(Unpooled.wrappedBuffer(bytes));
    return response
        .send(payload)
        .then()
        .doOnTerminate(() -> log(call, route, requestBody, status, headers, text, chaos));
  }

  private Mono<Void> delayed(ChaosDecision chaos, Publisher<Void> send) {
    return chaos.delayMs() <= 0
        ? Mono.from(send)
        : Mono.delay(Duration.ofMillis(chaos.delayMs())).then(Mono.from(send));
  }

  private void log(
      MockCall call,
      CompiledRoute route,
      String requestBody,
      int status,
      Map<String, String> headers,
      String body,
      ChaosDecision chaos) {
    String reqBody = requestBody == null ? "" : requestBody;
    long durationMs = call.elapsedMs();
    // Built on the publisher thread: an event dropped under load costs the hot path almost nothing.
    logs.submit(
        () ->
            new RequestLogEvent(
                RandomUuids.next(ThreadLocalRandom.current()),
                call.arrived().toString(),
                call.project().projectId(),
                call.project().slug(),
                route == null ? null : route.endpointId(),
                route != null,
                new RequestLogEvent.Request(
                    call.method(),
                    call.path(),
                    call.query(),
                    call.loggedHeaders(),
                    cut(reqBody),
                    reqBody.length() > RequestLogEvent.MAX_BODY_CHARS),
                new RequestLogEvent.Response(
                    status, headers, cut(body), body.length() > RequestLogEvent.MAX_BODY_CHARS),
                durationMs,
                chaos.toLog()));
  }

  /** Line breaks would split a header; a rendered value keeps them as spaces. */
  private static String headerValue(String rendered) {
    return rendered.indexOf('\r') < 0 && rendered.indexOf('\n') < 0
        ? rendered
        : rendered.replace('\r', ' ').replace('\n', ' ');
  }

  private static String cut(String text) {
    return text.length() > RequestLogEvent.MAX_BODY_CHARS
        ? text.substring(0, RequestLogEvent.MAX_BODY_CHARS)
        : text;
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

  private Problem tooLarge() {
    return Problem.of(
        413,
        "payload-too-large",
        "Request body too large",
        "Request bodies are limited to " + maxBody + " bytes");
  }

  private static String normalised(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>(8);
    int start = 1;
    while (start <= path.length()) {
      int end = path.indexOf('/', start);
      if (end < 0) {
        end = path.length();
      }
      if (end > start) {
        segments.add(path.substring(start, end));
      }
      start = end + 1;
    }
    return segments;
  }
}
