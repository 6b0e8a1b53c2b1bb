package dev.mockapi.engine.http;

import dev.mockapi.engine.routing.CompiledProject;
import dev.mockapi.model.RequestLogEvent;
import io.netty.handler.codec.http.HttpHeaders;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One incoming mock request, parsed: the project, the path below it, the query and the headers.
 *
 * @param path the path below {@code /mock/{slug}}, starting with {@code /}
 * @param segments the non-empty segments of {@code path}
 */
record MockCall(
    CompiledProject project,
    String method,
    String path,
    List<String> segments,
    String query,
    HttpHeaders headers,
    Instant arrived,
    long startNanos) {

  /** Request headers with lower-case names, for templates. */
  Map<String, String> templateHeaders() {
    Map<String, String> map = new LinkedHashMap<>();
    headers.forEach(h -> map.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
    return map;
  }

  /** Characters of the request headers' names and values, without copying them. */
  long headerChars() {
    long chars = 0;
    Iterator<Map.Entry<CharSequence, CharSequence>> iterator = headers.iteratorCharSequence();
    while (iterator.hasNext()) {
      Map.Entry<CharSequence, CharSequence> header = iterator.next();
      chars += header.getKey().length() + header.getValue().length();
    }
    return chars;
  }

  /** Request headers for a log event, with secrets masked. */
  Map<String, String> loggedHeaders() {
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

  /** The URL as the client sent it (scheme from {@code X-Forwarded-Proto}, else http). */
  String url() {
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
