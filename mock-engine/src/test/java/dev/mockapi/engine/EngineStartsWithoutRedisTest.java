package dev.mockapi.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockapi.engine.http.MockServer;
import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.MockClient;
import dev.mockapi.engine.support.Project;
import dev.mockapi.engine.support.TablePublisher;
import dev.mockapi.model.testsupport.TestRedis;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
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
 * An engine started while its Redis is unreachable starts and serves, and once Redis answers it
 * follows route announcements. A context of its own, on a port where no Redis listens until the
 * test starts a private one there (never the machine's shared server).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EngineStartsWithoutRedisTest {

  private static final int PORT = TestRedis.freePort();
  private static RedisServer redisServer;

  @Autowired MockServer server;
  @Autowired JsonMapper json;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.data.redis.host", () -> "127.0.0.1");
    registry.add("spring.data.redis.port", () -> PORT);
    registry.add("spring.data.redis.database", () -> 0);
    registry.add("mockapi.engine.host", () -> "127.0.0.1");
    registry.add("mockapi.engine.port", () -> 0);
    // No resync within the test: only an announcement can bring the table in.
    registry.add("mockapi.engine.resync-interval", () -> "1h");
  }

  @AfterAll
  static void stopRedis() {
    if (redisServer != null && redisServer.isActive()) {
      TestRedis.stop(redisServer);
    }
  }

  @Test
  void servesWhileRedisIsUnreachableAndFollowsAnnouncementsOnceItAnswers() {
    MockClient mock = new MockClient(server.port());
    var health = MockClient.json(mock.get("/actuator/health"));
    assertThat(health.path("status").asString()).isEqualTo("UP");
    assertThat(health.path("components").path("redis").path("status").asString()).isEqualTo("DOWN");
    assertThat(mock.get("/mock/not-loaded/x").statusCode()).isEqualTo(404);

    redisServer = TestRedis.start(PORT);
    var factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", PORT));
    factory.afterPropertiesSet();
    factory.start();
    try {
      TablePublisher tables = new TablePublisher(new StringRedisTemplate(factory), json);
      Project project = Project.unique();
      AtomicLong version = new AtomicLong();
      // Announced again until served: one sent before the engine has subscribed is not heard.
      await()
          .atMost(Duration.ofSeconds(20))
          .pollInterval(Duration.ofMillis(250))
          .until(
              () -> {
                tables.publish(
                    project.table(
                        version.incrementAndGet(), Endpoint.of(1, "GET", "/hello").body("back")));
                return mock.get(project.path("/hello")).body().equals("back");
              });
    } finally {
      factory.destroy();
    }
  }
}
