package dev.mockapi.engine.requestlog;

import dev.mockapi.model.RequestLogEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per logged mock call, on the logger {@value #NAME} (off unless its level is set to
 * INFO, for instance {@code LOGGING_LEVEL_MOCKAPI_ACCESS=info}). Written on the publisher thread
 * from the event itself, so the line carries the id the live inspector shows: a call seen there is
 * found in Loki or any log store by that id. Events dropped from a full queue are not logged
 * either.
 */
final class AccessLog {

  static final String NAME = "mockapi.access";

  private static final Logger log = LoggerFactory.getLogger(NAME);

  private AccessLog() {}

  static boolean enabled() {
    return log.isInfoEnabled();
  }

  static void write(RequestLogEvent event) {
    log.atInfo()
        .addKeyValue("http.request.id", event.id())
        .addKeyValue("http.request.method", event.request().method())
        .addKeyValue("url.path", event.request().path())
        .addKeyValue("http.response.status_code", event.response().status())
        .addKeyValue("event.duration", event.durationMs() * 1_000_000)
        .addKeyValue("mockapi.project", event.projectSlug())
        .setMessage("{} {} {} {} ms {}")
        .addArgument(event.request().method())
        .addArgument(event.request().path())
        .addArgument(event.response().status())
        .addArgument(event.durationMs())
        .addArgument(event.id())
        .log();
  }
}
