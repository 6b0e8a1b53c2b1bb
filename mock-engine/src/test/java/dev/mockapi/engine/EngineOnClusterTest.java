package dev.mockapi.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockapi.engine.analytics.AnalyticsFlusher;
import dev.mockapi.engine.http.MockServer;
import dev.mockapi.engine.routing.CompiledProject;
import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.MockClient;
import dev.mockapi.engine.support.Project;
import dev.mockapi.engine.support.TablePublisher;
import dev.mockapi.engine.sync.ProjectRegistry;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.RequestLogEvent;
import dev.mockapi.model.testsupport.RedisCluster;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole engine on a real three-primary Redis Cluster ({@code spring.data.redis.cluster.nodes}):
 * route tables, a stateful collection, the live log (seen through a pattern subscription, as the
 * manager's relay has it), the history and analytics all work across the cluster's hash slots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
class EngineOnClusterTest {

  private static RedisCluster cluster;

  @Autowired MockServer server;
  @Autowired StringRedisTemplate redis;
  @Autowired RedisConnectionFactory connections;
  @Autowired JsonMapper json;
  @Autowired ProjectRegistry registry;
  @Autowired AnalyticsFlusher analytics;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    cluster = RedisCluster.start(3);
    registry.add("spring.data.redis.cluster.nodes", cluster::nodes);
    registry.add("mockapi.engine.host", () -> "127.0.0.1");
    registry.add("mockapi.engine.port", () -> 0);
  }

  @AfterAll
  static void stopCluster() {
    cluster.close();
  }

  @Test
  void aStatefulProjectIsServedLoggedAndCountedOnACluster() throws Exception {
    Project project = Project.unique();
    new TablePublisher(redis, json).publish(project.table(1, Endpoint.crud(1, "users")));
    await().atMost(Duration.ofSeconds(5)).until(() -> served(project.slug()) == 1);
    MockClient mock = new MockClient(server.port());
    BlockingQueue<String> live = new LinkedBlockingQueue<>();
    RedisMessageListenerContainer relay = new RedisMessageListenerContainer();
    relay.setConnectionFactory(connections);
    relay.addMessageListener(
        (message, pattern) -> live.add(new String(message.getBody(), StandardCharsets.UTF_8)),
        new PatternTopic(RedisKeys.LOGS_CHANNEL_PATTERN));
    relay.afterPropertiesSet();
    relay.start();
    try {
      HttpResponse<String> created =
          mock.send("POST", project.path("/users"), "{\"name\":\"Ada\"}");
      assertThat(created.statusCode()).isEqualTo(201);
      mock.send("PUT", project.path("/users/1"), "{\"name\":\"Eve\"}");

      assertThat(MockClient.json(mock.get(project.path("/users/1"))).path("name").asString())
          .isEqualTo("Eve");
      assertThat(MockClient.json(mock.get(project.path("/users"))).size()).isEqualTo(1);
      assertThat(mock.send("DELETE", project.path("/users/1"), "").statusCode()).isEqualTo(200);
      assertThat(mock.get(project.path("/users/1")).statusCode()).isEqualTo(404);

      String event = live.poll(5, TimeUnit.SECONDS);
      assertThat(event).as("live event within 5 s").isNotNull();
      assertThat(json.readValue(event, RequestLogEvent.class).projectKey())
          .isEqualTo(project.key());
      await()
          .atMost(Duration.ofSeconds(5))
          .until(
              () ->
                  redis
                          .opsForStream()
                          .range(RedisKeys.history(project.key()), Range.unbounded())
                          .size()
                      == 6);
      analytics.flush();
      assertThat(redis.keys(RedisKeys.analyticsPrefix(project.key()) + "*")).isNotEmpty();
    } finally {
      relay.destroy();
    }
  }

  @Test
  void callsOfSeveralProjectsInOneBatchReachEachProjectsHistoryAndAnalytics() {
    Project first = Project.unique();
    Project second = Project.unique();
    TablePublisher tables = new TablePublisher(redis, json);
    tables.publish(first.table(1, Endpoint.of(1, "GET", "/a").body("a")));
    tables.publish(second.table(1, Endpoint.of(1, "GET", "/b").body("b")));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> served(first.slug()) == 1 && served(second.slug()) == 1);
    MockClient mock = new MockClient(server.port());

    for (int i = 0; i < 20; i++) {
      mock.get(first.path("/a"));
      mock.get(second.path("/b"));
    }

    for (Project project : new Project[] {first, second}) {
      await()
          .atMost(Duration.ofSeconds(5))
          .until(
              () ->
                  redis
                          .opsForStream()
                          .range(RedisKeys.history(project.key()), Range.unbounded())
                          .size()
                      == 20);
    }
    analytics.flush();
    assertThat(redis.keys(RedisKeys.analyticsPrefix(first.key()) + "*")).isNotEmpty();
    assertThat(redis.keys(RedisKeys.analyticsPrefix(second.key()) + "*")).isNotEmpty();
  }

  private long served(String slug) {
    CompiledProject project = registry.get(slug);
    return project == null ? -1 : project.version();
  }
}
