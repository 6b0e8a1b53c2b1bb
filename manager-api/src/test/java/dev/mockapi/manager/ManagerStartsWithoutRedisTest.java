package dev.mockapi.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockapi.manager.support.Api;
import dev.mockapi.model.testsupport.TestRedis;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import redis.embedded.RedisServer;

/**
 * A manager started while its Redis is unreachable starts and answers, and once Redis answers its
 * relay subscribes to the live-log channels. A context of its own, on a port where no Redis listens
 * until the test starts a private one there (never the machine's shared server).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ManagerStartsWithoutRedisTest {

  private static final int PORT = TestRedis.freePort();
  private static RedisServer redisServer;

  @LocalServerPort int port;

  @Autowired
  @Qualifier("logEventListener")
  RedisMessageListenerContainer logEvents;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws Exception {
    var dataDir = Files.createTempDirectory("mockapi-no-redis");
    registry.add("mockapi.data-dir", dataDir::toString);
    registry.add("mockapi.redis.embedded", () -> "never");
    registry.add("spring.data.redis.host", () -> "127.0.0.1");
    registry.add("spring.data.redis.port", () -> PORT);
  }

  @AfterAll
  static void stopRedis() {
    if (redisServer != null && redisServer.isActive()) {
      TestRedis.stop(redisServer);
    }
  }

  @Test
  void startsWhileRedisIsUnreachableAndRelaysOnceItAnswers() {
    Api api = new Api(port);
    assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
    var registered =
        api.post(
            "/api/auth/register",
            null,
            Map.of("email", "no-redis@example.com", "password", "password-123"));
    assertThat(registered.status()).isEqualTo(201);
    assertThat(logEvents.isListening()).isFalse();

    redisServer = TestRedis.start(PORT);
    await().atMost(Duration.ofSeconds(20)).until(logEvents::isListening);
  }
}
