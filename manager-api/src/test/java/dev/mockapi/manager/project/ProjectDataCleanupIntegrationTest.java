package dev.mockapi.manager.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockapi.manager.IntegrationTest;
import dev.mockapi.manager.ManagerApplication;
import dev.mockapi.manager.support.Api;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.testsupport.TestRedis;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import redis.embedded.RedisServer;

class ProjectDataCleanupIntegrationTest extends IntegrationTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void deletingAProjectRemovesItsRedisDataAndLeavesNothingPending() {
    Account owner = signUp("owner");
    var project = createProject(owner, createOrg(owner, "Org"), "Shop");
    String key = project.text("projectKey");
    redis.opsForList().rightPush(RedisKeys.history(key), "{}");

    assertThat(api.delete("/api/projects/" + project.id(), owner.token()).status()).isEqualTo(204);

    assertThat(redis.hasKey(RedisKeys.history(key))).isFalse();
    assertThat(pending(jdbc, key)).isZero();
  }

  /**
   * A manager of its own, on H2 and a Redis server of the test's own, so that no other manager's
   * retry can clean the row up instead (the suite's shares its database, but not that Redis).
   */
  @Test
  void cleanUpThatFailedWhileRedisWasDownIsRetriedOnceItIsBack() throws Exception {
    int redisPort = TestRedis.freePort();
    RedisServer redisServer = TestRedis.start(redisPort);
    try (ConfigurableApplicationContext manager = managerOnH2(redisPort)) {
      api = new Api(((WebServerApplicationContext) manager).getWebServer().getPort());
      StringRedisTemplate ownRedis = manager.getBean(StringRedisTemplate.class);
      JdbcTemplate ownDatabase = manager.getBean(JdbcTemplate.class);
      Account owner = signUp("owner");
      var project = createProject(owner, createOrg(owner, "Org"), "Shop");
      String key = project.text("projectKey");
      ownRedis.opsForList().rightPush(RedisKeys.history(key), "{}");
      ownRedis.opsForHash().put(RedisKeys.stateCollections(key), "users", "1");

      redisServer.stop();
      assertThat(api.delete("/api/projects/" + project.id(), owner.token()).status())
          .isEqualTo(204);
      assertThat(pending(ownDatabase, key)).isOne();
      assertThat(attempts(ownDatabase, key)).isPositive();

      redisServer.start();
      await().atMost(Duration.ofSeconds(30)).until(() -> pending(ownDatabase, key) == 0);
      assertThat(ownRedis.hasKey(RedisKeys.history(key))).isFalse();
      assertThat(ownRedis.hasKey(RedisKeys.stateCollections(key))).isFalse();
    } finally {
      redisServer.stop();
    }
  }

  private static int pending(JdbcTemplate database, String projectKey) {
    return database.queryForObject(
        "SELECT COUNT(*) FROM pending_project_cleanups WHERE project_key = ?",
        Integer.class,
        projectKey);
  }

  private static int attempts(JdbcTemplate database, String projectKey) {
    return database.queryForObject(
        "SELECT attempts FROM pending_project_cleanups WHERE project_key = ?",
        Integer.class,
        projectKey);
  }

  private static ConfigurableApplicationContext managerOnH2(int redisPort) throws Exception {
    return new SpringApplicationBuilder(ManagerApplication.class)
        .run(
            "--server.port=0",
            "--spring.datasource.url=jdbc:h2:mem:cleanup-"
                + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
                + ";NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1",
            "--spring.datasource.username=sa",
            "--spring.datasource.password=",
            "--spring.data.redis.host=127.0.0.1",
            "--spring.data.redis.port=" + redisPort,
            "--spring.data.redis.database=0",
            "--mockapi.redis.embedded=never",
            "--mockapi.auth.secret-key=" + SECRET,
            "--mockapi.data-dir=" + Files.createTempDirectory("mockapi-cleanup"),
            "--mockapi.project-cleanup.retry-interval=200ms",
            "--mockapi.project-cleanup.initial-backoff=500ms",
            "--mockapi.project-cleanup.max-backoff=1s");
  }
}
