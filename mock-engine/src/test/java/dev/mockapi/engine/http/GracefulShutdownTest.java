package dev.mockapi.engine.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.Engines;
import dev.mockapi.engine.support.MockClient;
import dev.mockapi.engine.support.Project;
import dev.mockapi.engine.support.TablePublisher;
import dev.mockapi.engine.sync.ProjectRegistry;
import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.DelaySpec;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.testsupport.TestRedis;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stopping the engine (SIGTERM closes the context) lets a chaos-delayed call in flight finish,
 * refuses new connections meanwhile, and publishes the call's log event before it exits; a call
 * longer than the drain timeout is cut off instead of holding the stop. Each test stops an engine
 * of its own.
 */
class GracefulShutdownTest {

  private final Project project = Project.unique();
  private LettuceConnectionFactory factory;
  private StringRedisTemplate redis;
  private ConfigurableApplicationContext engine;

  @BeforeEach
  void connect() {
    TestRedis.Server server = TestRedis.get(TestRedis.ENGINE_SUITE);
    factory =
        new LettuceConnectionFactory(
            new RedisStandaloneConfiguration(server.host(), server.port()));
    factory.setDatabase(server.database());
    factory.afterPropertiesSet();
    factory.start();
    redis = new StringRedisTemplate(factory);
  }

  @AfterEach
  void removeProject() {
    if (engine != null) {
      engine.close();
    }
    new TablePublisher(redis, JsonMapper.builder().build()).remove(project.slug());
    redis.delete(RedisKeys.history(project.key()));
    redis.delete(redis.keys(RedisKeys.analyticsPrefix(project.key()) + "*"));
    factory.destroy();
  }

  @Test
  void stopFinishesTheDelayedCallInFlightRefusesNewConnectionsAndPublishesItsEvent()
      throws Exception {
    MockServer server = startServing(Duration.ofSeconds(2), "5s");
    CompletableFuture<HttpResponse<String>> inFlight = callSlow(server);

    CompletableFuture<Void> stopped = CompletableFuture.runAsync(engine::close);
    await().atMost(Duration.ofSeconds(1)).until(() -> !server.isRunning());

    assertThat(inFlight).as("the delayed call is still running while the engine stops").isNotDone();
    assertThatThrownBy(() -> connect(server.port())).isInstanceOf(ConnectException.class);
    HttpResponse<String> response = inFlight.get();
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("finished");
    stopped.get();
    assertThat(redis.opsForStream().range(RedisKeys.history(project.key()), Range.unbounded()))
        .as("the call's log event was published before the engine exited")
        .singleElement()
        .satisfies(event -> assertThat(event.getValue().get("event").toString()).contains("/slow"));
  }

  @Test
  void callLongerThanTheDrainTimeoutIsCutOffAndTheEngineStopsInTime() {
    MockServer server = startServing(Duration.ofSeconds(30), "500ms");
    CompletableFuture<HttpResponse<String>> inFlight = callSlow(server);

    long start = System.nanoTime();
    engine.close();

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThatThrownBy(inFlight::get)
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(IOException.class);
  }

  /** Starts an engine with {@code drainTimeout} serving {@code GET /slow} after {@code delay}. */
  private MockServer startServing(Duration delay, String drainTimeout) {
    engine =
        Engines.start(
            "--mockapi.engine.resync-interval=1s",
            "--mockapi.engine.drain-timeout=" + drainTimeout);
    new TablePublisher(redis, engine.getBean(JsonMapper.class))
        .publish(
            project.table(
                1,
                Endpoint.of(1, "GET", "/slow")
                    .body("finished")
                    .chaos(
                        new ChaosSpec(
                            new DelaySpec.Fixed(delay.toMillis()), null, null, null, null))));
    ProjectRegistry registry = engine.getBean(ProjectRegistry.class);
    await().atMost(Duration.ofSeconds(5)).until(() -> registry.get(project.slug()) != null);
    return engine.getBean(MockServer.class);
  }

  /** Sends {@code GET /slow} and waits until the engine has it. */
  private CompletableFuture<HttpResponse<String>> callSlow(MockServer server) {
    MockClient mock = new MockClient(server.port());
    CompletableFuture<HttpResponse<String>> call =
        mock.sendAsync(mock.request(project.path("/slow")).build());
    await().atMost(Duration.ofSeconds(2)).until(() -> server.callsInFlight() == 1);
    return call;
  }

  private static void connect(int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
    }
  }
}
