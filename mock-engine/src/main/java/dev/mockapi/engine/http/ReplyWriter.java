package dev.mockapi.engine.http;

import dev.mockapi.engine.chaos.ChaosDecision;
import dev.mockapi.engine.requestlog.RequestLogPublisher;
import dev.mockapi.engine.routing.CompiledRoute;
import dev.mockapi.model.Fault;
import dev.mockapi.model.RandomUuids;
import dev.mockapi.model.RequestLogEvent;
import io.netty.channel.ChannelOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerResponse;

/**
 * Sends a mock answer, or breaks the connection for a fault, then tells the {@link
 * RequestServedListener}s (analytics, metrics) and queues its log event.
 */
@Component
class ReplyWriter {

  /**
   * What a queued log event holds besides its texts (objects, the UUID, the timestamp), roughly.
   */
  private static final long EVENT_OVERHEAD_BYTES = 512;

  private final Responses responses;
  private final RequestLogPublisher logs;
  private final RequestServedListener[] listeners;

  ReplyWriter(
      Responses responses, RequestLogPublisher logs, List<RequestServedListener> listeners) {
    this.responses = responses;
    this.logs = logs;
    this.listeners = listeners.toArray(RequestServedListener[]::new);
  }

  /** The answer a problem gets, with the CORS headers of the call. */
  MockReply problemReply(Problem problem, Map<String, String> cors) {
    Map<String, String> headers = new LinkedHashMap<>(cors);
    headers.put("Content-Type", "application/problem+json");
    return MockReply.of(problem.status(), headers, responses.json(problem.body()));
  }

  Mono<Void> problem(
      HttpServerResponse response,
      MockCall call,
      String requestBody,
      Map<String, String> cors,
      Problem problem) {
    return send(response, call, null, problemReply(problem, cors), ChaosDecision.NONE, requestBody);
  }

  /**
   * Sends {@code reply}; a {@code connection_reset} or {@code empty_response} fault closes the
   * connection instead.
   *
   * @param route the matched route, null when none matched
   */
  Mono<Void> send(
      HttpServerResponse response,
      MockCall call,
      CompiledRoute route,
      MockReply reply,
      ChaosDecision chaos,
      String requestBody) {
    Fault fault = chaos.failed() ? chaos.spec().fault() : null;
    if (fault == Fault.CONNECTION_RESET || fault == Fault.EMPTY_RESPONSE) {
      return Mono.defer(
          () -> {
            response.withConnection(
                connection -> {
                  if (fault == Fault.CONNECTION_RESET) {
                    connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
                  }
                  connection.channel().close();
                });
            served(call, route, requestBody, new MockReply(0, Map.of(), new byte[0], ""), chaos);
            return Mono.empty();
          });
    }
    return responses
        .write(
            response, reply.status(), reply.headers(), reply.bytes(), call.method().equals("HEAD"))
        .doOnTerminate(() -> served(call, route, requestBody, reply, chaos));
  }

  private void served(
      MockCall call,
      CompiledRoute route,
      String requestBody,
      MockReply reply,
      ChaosDecision chaos) {
    long durationNanos = call.elapsedNanos();
    RequestServed served =
        new RequestServed(
            call.project().projectId(),
            call.project().projectKey(),
            route == null ? null : route.endpointId(),
            reply.status(),
            durationNanos,
            chaos);
    for (RequestServedListener listener : listeners) {
      listener.served(served);
    }
    log(call, route, requestBody, reply, chaos, durationNanos / 1_000_000);
  }

  private void log(
      MockCall call,
      CompiledRoute route,
      String requestBody,
      MockReply reply,
      ChaosDecision chaos,
      long durationMs) {
    String fullRequestBody = requestBody == null ? "" : requestBody;
    // The event keeps only what it logs: the bodies cut now, so a queued event never holds a
    // whole 1 MB request or 1 MiB reply, and its size counts against the queue's byte budget.
    String loggedRequestBody = cut(fullRequestBody);
    String loggedResponseBody = cut(reply.text());
    boolean requestTruncated = fullRequestBody.length() > RequestLogEvent.MAX_BODY_CHARS;
    boolean responseTruncated = reply.text().length() > RequestLogEvent.MAX_BODY_CHARS;
    int status = reply.status();
    Map<String, String> responseHeaders = reply.headers();
    long chars =
        loggedRequestBody.length()
            + loggedResponseBody.length()
            + call.path().length()
            + (call.query() == null ? 0 : call.query().length())
            + call.headerChars()
            + chars(responseHeaders);
    // Built on the publisher thread: an event dropped under load costs the hot path almost nothing.
    logs.submit(
        () ->
            new RequestLogEvent(
                RandomUuids.next(ThreadLocalRandom.current()),
                call.arrived().toString(),
                call.project().projectId(),
                call.project().slug(),
                call.project().projectKey(),
                route == null ? null : route.endpointId(),
                route != null,
                new RequestLogEvent.Request(
                    call.method(),
                    call.path(),
                    call.query(),
                    call.loggedHeaders(),
                    loggedRequestBody,
                    requestTruncated),
                new RequestLogEvent.Response(
                    status, responseHeaders, loggedResponseBody, responseTruncated),
                durationMs,
                chaos.toLog()),
        EVENT_OVERHEAD_BYTES + 2 * chars);
  }

  private static long chars(Map<String, String> headers) {
    long chars = 0;
    for (Map.Entry<String, String> header : headers.entrySet()) {
      chars += header.getKey().length() + header.getValue().length();
    }
    return chars;
  }

  private static String cut(String text) {
    return text.length() > RequestLogEvent.MAX_BODY_CHARS
        ? text.substring(0, RequestLogEvent.MAX_BODY_CHARS)
        : text;
  }
}
