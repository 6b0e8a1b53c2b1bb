package dev.mockapi.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockapi.engine.analytics.AnalyticsFlusher;
import dev.mockapi.engine.http.MockServer;
import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.MockClient;
import dev.mockapi.engine.support.Project;
import dev.mockapi.engine.support.TablePublisher;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.StateAction;
import dev.mockapi.model.StateBinding;
import dev.mockapi.model.testsupport.TestRedis;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import redis.embedded.RedisServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine keeps serving while its Redis is down, and catches up when Redis is back.
 *
 * <p>This class deliberately has a Spring context of its own instead of sharing the suite's: it
 * stops and restarts its Redis, which must be a private embedded server (never the machine's shared
 * one), and the engine must be connected to that server from the start. Sharing is impossible the
 * other way round too: an outage would hit every other test using that Redis. The context is
 * dropped after the class ({@link DirtiesContext}) so that it does not outlive its Redis.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RedisOutageTest {

  private static final int PORT = TestRedis.freePort();
  private static RedisServer redisServer;

  @Autowired MockServer server;
  @Autowired JsonMapper json;
  @Autowired MeterRegistry meters;
  @Autowired AnalyticsFlusher analytics;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    redisServer = TestRedis.start(PORT);
    registry.add("spring.data.redis.host", () -> "127.0.0.1");
    registry.add("spring.data.redis.port", () -> PORT);
    registry.add("spring.data.redis.database", () -> 0);
    registry.add("mockapi.engine.host", () -> "127.0.0.1");
    registry.add("mockapi.engine.port", () -> 0);
    registry.add("mockapi.engine.resync-interval", () -> "2s");
  }

  @AfterAll
  static void stopRedis() {
    if (redisServer.isActive()) {
      TestRedis.stop(redisServer);
    }
  }

  /**
   * Runs {@code test} with a Redis client of its own, as the manager is another process: not the
   * engine's connection.
   */
  private static void asManager(Consumer<StringRedisTemplate> test) {
    var factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", PORT));
    factory.afterPropertiesSet();
    factory.start();
    try {
      test.accept(new StringRedisTemplate(factory));
    } finally {
      factory.destroy();
    }
  }

  private double dropped() {
    return meters.counter("mockapi.engine.log.events.dropped").count();
  }

  @Test
  void mocksKeepAnsweringWhileRedisIsDownAndTheNextVersionIsServedOnceItIsBack() {
    asManager(redis -> outageAndRecovery(new TablePublisher(redis, json)));
  }

  private void outageAndRecovery(TablePublisher tables) {
    MockClient mock = new MockClient(server.port());
    Project project = Project.unique();
    Endpoint createUser =
        Endpoint.of(2, "POST", "/users").state(new StateBinding("users", StateAction.CREATE));
    Endpoint getUser =
        Endpoint.of(3, "GET", "/users/{id}").state(new StateBinding("users", StateAction.GET));
    tables.publish(
        project.table(1, Endpoint.of(1, "GET", "/hello").body("one"), createUser, getUser));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> mock.get(project.path("/hello")).body().equals("one"));
    assertThat(createUser(mock, project).statusCode()).isEqualTo(201);
    assertThat(mock.get(project.path("/users/1")).statusCode()).isEqualTo(200);
    double droppedBefore = dropped();

    TestRedis.stop(redisServer);

    for (int i = 0; i < 20; i++) {
      HttpResponse<String> response = mock.get(project.path("/hello"));
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("one");
    }
    long stateStart = System.nanoTime();
    HttpResponse<String> state = mock.get(project.path("/users/1"));
    assertThat(state.statusCode()).isEqualTo(503);
    assertThat(MockClient.json(state).path("type").asString())
        .isEqualTo("urn:mockapi:problem:state-unavailable");
    assertThat(createUser(mock, project).statusCode()).isEqualTo(503);
    assertThat(Duration.ofNanos(System.nanoTime() - stateStart))
        .as("stateful endpoints fail at once while Redis is down, without waiting for it")
        .isLessThan(Duration.ofMillis(1000));
    long start = System.nanoTime();
    assertThat(mock.get("/mock/no-such-project/x").statusCode()).isEqualTo(404);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .as("an unknown slug is answered from memory, without waiting for Redis")
        .isLessThan(Duration.ofMillis(500));
    await().atMost(Duration.ofSeconds(10)).until(() -> dropped() > droppedBefore);
    var health = MockClient.json(mock.get("/actuator/health"));
    assertThat(health.path("status").asString()).isEqualTo("UP");
    assertThat(health.path("components").path("redis").path("status").asString()).isEqualTo("DOWN");
    assertThat(mock.get(project.path("/hello")).statusCode()).isEqualTo(200);

    redisServer = TestRedis.start(PORT);
    // The manager's own client may need a moment to reconnect; the engine gets no such help.
    await()
        .atMost(Duration.ofSeconds(5))
        .ignoreExceptions()
        .until(
            () -> {
              tables.publish(
                  project.table(
                      2, Endpoint.of(1, "GET", "/hello").body("two"), createUser, getUser));
              return true;
            });

    // Usually served within about 100 ms; under CI load it has taken over 10 s (seen before this
    // change too, on the commit before it), for a reason not found yet: the announcement is missed
    // and the next resync is late. Kept bounded so a real hang still fails.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> mock.get(project.path("/hello")).body().equals("two"));
    // The restarted Redis is empty (no persistence): state works again, from scratch.
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> createUser(mock, project).statusCode() == 201);
    assertThat(mock.get(project.path("/users/1")).statusCode()).isEqualTo(200);
  }

  @Test
  void callsCountedWhileRedisIsDownReachItsAnalyticsOnceItIsBack() {
    asManager(this::analyticsAcrossAnOutage);
  }

  private void analyticsAcrossAnOutage(StringRedisTemplate redis) {
    MockClient mock = new MockClient(server.port());
    Project project = Project.unique();
    new TablePublisher(redis, json)
        .publish(
            project.table(1, Endpoint.of(1, "GET", "/ready"), Endpoint.of(2, "GET", "/counted")));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> mock.get(project.path("/ready")).statusCode() == 200);
    double failuresBefore = meters.counter("mockapi.engine.analytics.flush.failures").count();

    TestRedis.stop(redisServer);
    for (int i = 0; i < 5; i++) {
      assertThat(mock.get(project.path("/counted")).statusCode()).isEqualTo(200);
    }
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              analytics.flush();
              return meters.counter("mockapi.engine.analytics.flush.failures").count()
                  > failuresBefore;
            });
    redisServer = TestRedis.start(PORT);

    await()
        .atMost(Duration.ofSeconds(10))
        .ignoreExceptions()
        .until(
            () -> {
              analytics.flush();
              return redis.keys(RedisKeys.analyticsPrefix(project.key()) + "h:*").stream()
                      .mapToLong(key -> counted(redis, key))
                      .sum()
                  == 5;
            });
  }

  private static long counted(StringRedisTemplate redis, String hourKey) {
    Object count = redis.opsForHash().get(hourKey, "2:requests");
    return count == null ? 0 : Long.parseLong(count.toString());
  }

  private static HttpResponse<String> createUser(MockClient mock, Project project) {
    return mock.send(
        mock.request(project.path("/users"))
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Ada\"}"))
            .build());
  }

  @Test
  void aFullRedisRefusesStateWritesWith507WhileReadsAndStaticMocksKeepAnswering() {
    asManager(this::fullRedis);
  }

  private void fullRedis(StringRedisTemplate redis) {
    MockClient mock = new MockClient(server.port());
    Project project = Project.unique();
    Endpoint createUser =
        Endpoint.of(2, "POST", "/users").state(new StateBinding("users", StateAction.CREATE));
    Endpoint listUsers =
        Endpoint.of(3, "GET", "/users").state(new StateBinding("users", StateAction.LIST));
    new TablePublisher(redis, json)
        .publish(
            project.table(1, Endpoint.of(1, "GET", "/hello").body("hi"), createUser, listUsers));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> mock.get(project.path("/hello")).statusCode() == 200);
    String large = "{\"bio\":\"" + "x".repeat(200_000) + "\"}";
    var config = redis.getRequiredConnectionFactory().getConnection().serverCommands();
    long used = Long.parseLong(config.info("memory").getProperty("used_memory"));
    config.setConfig("maxmemory-policy", "noeviction");
    config.setConfig("maxmemory", Long.toString(used + 1_000_000));
    try {
      HttpResponse<String> refused = null;
      for (int i = 0; i < 20 && refused == null; i++) {
        HttpResponse<String> response = mock.send("POST", project.path("/users"), large);
        if (response.statusCode() != 201) {
          refused = response;
        }
      }

      assertThat(refused).as("Redis filled up within 20 items of 200 KB").isNotNull();
      assertThat(refused.statusCode()).isEqualTo(507);
      assertThat(MockClient.json(refused).path("type").asString())
          .isEqualTo("urn:mockapi:problem:storage-full");
      assertThat(mock.get(project.path("/hello")).body()).isEqualTo("hi");
      assertThat(mock.get(project.path("/users?_limit=1")).statusCode()).isEqualTo(200);
    } finally {
      config.setConfig("maxmemory", "0");
    }
    assertThat(createUser(mock, project).statusCode()).isEqualTo(201);
  }
}
