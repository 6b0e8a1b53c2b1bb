package dev.mockapi.engine.http;

import dev.mockapi.engine.chaos.ChaosDecision;
import dev.mockapi.engine.requestlog.RequestLogPublisher;
import dev.mockapi.engine.routing.CompiledRoute;
import dev.mockapi.engine.template.MockReply;
import dev.mockapi.model.RandomUuids;
import dev.mockapi.model.RequestLogEvent;
import io.netty.handler.codec.http.HttpHeaders;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/**
 * The log step: tells the {@link RequestServedListener}s (analytics, metrics) about a served call
 * and queues its request-log event.
 */
@Component
class ServedLog {

  /**
   * What a queued log event holds besides its texts (objects, the UUID, the timestamp), roughly.
   */
  private static final long EVENT_OVERHEAD_BYTES = 512;

  private final RequestLogPublisher logs;
  private final RequestServedListener[] listeners;

  ServedLog(RequestLogPublisher logs, List<RequestServedListener> listeners) {
    this.logs = logs;
    this.listeners = listeners.toArray(RequestServedListener[]::new);
  }

  /**
   * @param route the matched route, null when none answered
   * @param reply what was sent (status 0 and nothing else when a fault broke the connection)
   */
  void served(MockCall call, CompiledRoute route, MockReply reply, ChaosDecision chaos) {
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
    log(call, route, reply, chaos, durationNanos / 1_000_000);
  }

  private void log(
      MockCall call, CompiledRoute route, MockReply reply, ChaosDecision chaos, long durationMs) {
    String fullRequestBody = call.body() == null ? "" : call.body();
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
            + headerChars(call.headers())
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
                    loggedHeaders(call.headers()),
                    loggedRequestBody,
                    requestTruncated),
                new RequestLogEvent.Response(
                    status, responseHeaders, loggedResponseBody, responseTruncated),
                durationMs,
                chaos.toLog()),
        EVENT_OVERHEAD_BYTES + 2 * chars);
  }

  /** Characters of the request headers' names and values, without copying them. */
  private static long headerChars(HttpHeaders headers) {
    long chars = 0;
    Iterator<Map.Entry<CharSequence, CharSequence>> iterator = headers.iteratorCharSequence();
    while (iterator.hasNext()) {
      Map.Entry<CharSequence, CharSequence> header = iterator.next();
      chars += header.getKey().length() + header.getValue().length();
    }
    return chars;
  }

  /** Request headers for a log event, with secrets masked. */
  private static Map<String, String> loggedHeaders(HttpHeaders headers) {
    Map<String, String> map = new LinkedHashMap<>();
    headers.forEach(
        h ->
            map.putIfAbsent(
                h.getKey(),
                RequestLogEvent.MASKED_HEADERS.contains(h.getKey().toLowerCase(Locale.ROOT))
                    ? RequestLogEvent.MASK
                    : h.getValue()));
    return map;
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
