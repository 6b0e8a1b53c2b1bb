package dev.mockapi.engine.requestlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.mockapi.engine.EngineIntegrationTest;
import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.Project;
import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.DelaySpec;
import dev.mockapi.model.Fault;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.RequestLogEvent;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/** Every served call becomes one event on the project's log channel and history stream. */
class RequestLogTest extends EngineIntegrationTest {

  @Autowired RedisConnectionFactory connections;

  private List<RequestLogEvent> history(Project project) {
    return redis.opsForStream().range(RedisKeys.history(project.key()), Range.unbounded()).stream()
        .map(
            record ->
                json.readValue((String) record.getValue().get("event"), RequestLogEvent.class))
        .toList();
  }

  private List<RequestLogEvent> awaitHistory(Project project, int size) {
    await().atMost(Duration.ofSeconds(5)).until(() -> history(project).size() >= size);
    List<RequestLogEvent> events = history(project);
    assertThat(events).hasSize(size);
    return events;
  }

  private static String header(Map<String, String> headers, String name) {
    return headers.entrySet().stream()
        .filter(h -> h.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  @Test
  void matchedAndUnmatchedCallsEachLogOneEvent() {
    Project project = newProject();
    serve(
        project.table(
            1,
            Endpoint.of(7, "GET", "/users/{id}")
                .status(202)
                .body("user {{request.path.id}}")
                .chaos(new ChaosSpec(new DelaySpec.Fixed(30), null, null, null, null))));

    mock.get(project.path("/users/3?full=1"));
    mock.get(project.path("/nothing"));

    List<RequestLogEvent> events = awaitHistory(project, 2);
    RequestLogEvent matched =
        events.stream().filter(RequestLogEvent::matched).findFirst().orElseThrow();
    RequestLogEvent unmatched = events.stream().filter(e -> !e.matched()).findFirst().orElseThrow();
    assertThat(matched.projectId()).isEqualTo(project.id());
    assertThat(matched.projectSlug()).isEqualTo(project.slug());
    assertThat(matched.endpointId()).isEqualTo(7L);
    assertThat(matched.request().method()).isEqualTo("GET");
    assertThat(matched.request().path()).isEqualTo("/users/3");
    assertThat(matched.request().query()).isEqualTo("full=1");
    assertThat(matched.response().status()).isEqualTo(202);
    assertThat(matched.response().body()).isEqualTo("user 3");
    assertThat(matched.chaos().delayMs()).isEqualTo(30);
    assertThat(matched.chaos().failed()).isFalse();
    assertThat(matched.durationMs()).isGreaterThanOrEqualTo(30);
    assertThat(unmatched.endpointId()).isNull();
    assertThat(unmatched.request().path()).isEqualTo("/nothing");
    assertThat(unmatched.response().status()).isEqualTo(404);
    assertThat(unmatched.chaos()).isEqualTo(RequestLogEvent.Chaos.NONE);
  }

  @Test
  void secretRequestHeadersAreMasked() {
    Project project = newProject();
    serve(project.table(1, Endpoint.of(1, "GET", "/me").body("me")));

    mock.get(
        project.path("/me"),
        "Authorization",
        "Bearer top-secret",
        "X-Api-Key",
        "mk_secret",
        "X-Visible",
        "shown");

    Map<String, String> headers = awaitHistory(project, 1).getFirst().request().headers();
    assertThat(header(headers, "Authorization")).isEqualTo(RequestLogEvent.MASK);
    assertThat(header(headers, "X-Api-Key")).isEqualTo(RequestLogEvent.MASK);
    assertThat(header(headers, "X-Visible")).isEqualTo("shown");
    assertThat(headers.toString()).doesNotContain("top-secret", "mk_secret");
  }

  @Test
  void preflightsAndCutOffCallsAreLoggedToo() {
    Project project = newProject();
    serve(
        project.table(
            1,
            Endpoint.of(4, "POST", "/reset")
                .body("never sent")
                .chaos(new ChaosSpec(null, 1.0, null, null, Fault.CONNECTION_RESET))));

    mock.send(
        mock.request(project.path("/reset"))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", "http://a.test")
            .header("Access-Control-Request-Method", "POST")
            .build());
    // A POST, which the client does not retry on a new connection as it would a GET.
    assertThatThrownBy(
            () ->
                mock.sendOrThrow(
                    mock.request(project.path("/reset"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build()))
        .isInstanceOf(IOException.class);

    List<RequestLogEvent> events = awaitHistory(project, 2);
    RequestLogEvent preflight =
        events.stream().filter(e -> e.request().method().equals("OPTIONS")).findFirst().get();
    RequestLogEvent reset =
        events.stream().filter(e -> e.request().method().equals("POST")).findFirst().get();
    assertThat(preflight.response().status()).isEqualTo(204);
    assertThat(preflight.matched()).isFalse();
    assertThat(reset.matched()).isTrue();
    assertThat(reset.endpointId()).isEqualTo(4L);
    assertThat(reset.response().status()).isZero();
    assertThat(reset.chaos()).isEqualTo(new RequestLogEvent.Chaos(0, true, Fault.CONNECTION_RESET));
  }

  @Test
  void bodiesOver8KibAreTruncatedWithTheFlagSet() {
    Project project = newProject();
    serve(project.table(1, Endpoint.of(1, "POST", "/echo").body("{{request.body}}")));
    String big = "x".repeat(RequestLogEvent.MAX_BODY_CHARS + 1_000);

    mock.send(
        mock.request(project.path("/echo"))
            .POST(HttpRequest.BodyPublishers.ofString(big, StandardCharsets.UTF_8))
            .build());

    RequestLogEvent event = awaitHistory(project, 1).getFirst();
    assertThat(event.request().body()).hasSize(RequestLogEvent.MAX_BODY_CHARS);
    assertThat(event.request().bodyTruncated()).isTrue();
    assertThat(event.response().body()).hasSize(RequestLogEvent.MAX_BODY_CHARS);
    assertThat(event.response().bodyTruncated()).isTrue();
  }

  @Test
  void smallBodiesAreKeptWhole() {
    Project project = newProject();
    serve(project.table(1, Endpoint.of(1, "POST", "/echo").body("{{request.body}}")));

    mock.send(
        mock.request(project.path("/echo"))
            .POST(HttpRequest.BodyPublishers.ofString("small"))
            .build());

    RequestLogEvent event = awaitHistory(project, 1).getFirst();
    assertThat(event.request().body()).isEqualTo("small");
    assertThat(event.request().bodyTruncated()).isFalse();
  }

  @Test
  void subscriberOfTheProjectChannelReceivesTheEvent() throws Exception {
    Project project = newProject();
    serve(project.table(1, Endpoint.of(1, "GET", "/live").body("live")));
    BlockingQueue<String> received = new LinkedBlockingQueue<>();
    RedisMessageListenerContainer subscriber = new RedisMessageListenerContainer();
    subscriber.setConnectionFactory(connections);
    subscriber.addMessageListener(
        (message, pattern) -> received.add(new String(message.getBody(), StandardCharsets.UTF_8)),
        new ChannelTopic(RedisKeys.logs(project.key())));
    subscriber.afterPropertiesSet();
    subscriber.start();
    try {
      mock.get(project.path("/live"));

      String text = received.poll(5, TimeUnit.SECONDS);

      assertThat(text).as("event received within 5 s").isNotNull();
      RequestLogEvent event = json.readValue(text, RequestLogEvent.class);
      assertThat(event.projectId()).isEqualTo(project.id());
      assertThat(event.request().path()).isEqualTo("/live");
      assertThat(event.response().status()).isEqualTo(200);
    } finally {
      subscriber.destroy();
    }
  }

  @Test
  void lineBreaksInARenderedHeaderBecomeSpacesAndTheCallIsLogged() {
    Project project = newProject();
    serve(
        project.table(
            1, Endpoint.of(1, "GET", "/h").header("X-Echo", "v={{request.query.v}}").body("ok")));

    var response = mock.get(project.path("/h?v=a%0D%0AX-Injected:%20yes"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Injected")).isEmpty();
    assertThat(response.headers().firstValue("X-Echo")).hasValue("v=a  X-Injected: yes");
    assertThat(awaitHistory(project, 1).getFirst().request().path()).isEqualTo("/h");
  }

  @Test
  void theAccessLogOnWritesOneLinePerCallCarryingTheInspectorsEventId() {
    Project project = newProject();
    serve(project.table(1, Endpoint.of(1, "GET", "/orders/{id}").status(201).body("ok")));
    Logger access = (Logger) LoggerFactory.getLogger(AccessLog.NAME);
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    access.addAppender(lines);
    access.setLevel(Level.INFO);
    try {
      mock.get(project.path("/orders/9"));

      RequestLogEvent event = awaitHistory(project, 1).getFirst();
      await().atMost(Duration.ofSeconds(5)).until(() -> !lines.list.isEmpty());
      ILoggingEvent line = lines.list.getFirst();
      Map<String, Object> fields =
          line.getKeyValuePairs().stream().collect(Collectors.toMap(p -> p.key, p -> p.value));
      assertThat(fields)
          .containsEntry("http.request.id", event.id())
          .containsEntry("http.request.method", "GET")
          .containsEntry("url.path", "/orders/9")
          .containsEntry("http.response.status_code", 201)
          .containsEntry("mockapi.project", project.slug());
      assertThat(line.getFormattedMessage()).startsWith("GET /orders/9 201 ").endsWith(event.id());
    } finally {
      access.setLevel(Level.OFF);
      access.detachAppender(lines);
    }
  }

  @Test
  void theAccessLogIsOffByDefault() {
    assertThat(LoggerFactory.getLogger(AccessLog.NAME).isInfoEnabled()).isFalse();
  }
}
