package dev.mockapi.manager.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.testsupport.TestRedis;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Keys written under the names without a hash tag move to the tagged names, once. */
class RedisKeyMigrationTest {

  private final String key = UUID.randomUUID().toString();
  private final String old = "mockapi:state:" + key + ":";
  private LettuceConnectionFactory connections;
  private StringRedisTemplate redis;
  private RedisKeyMigration migration;

  @BeforeEach
  void connect() {
    TestRedis.Server endpoint = TestRedis.get(TestRedis.MANAGER_SUITE);
    RedisStandaloneConfiguration config =
        new RedisStandaloneConfiguration(endpoint.host(), endpoint.port());
    config.setDatabase(endpoint.database());
    connections = new LettuceConnectionFactory(config);
    connections.afterPropertiesSet();
    connections.start();
    redis = new StringRedisTemplate(connections);
    migration = new RedisKeyMigration(redis, null);
  }

  @AfterEach
  void cleanUp() {
    redis.delete(redis.keys("mockapi:*" + key + "*"));
    connections.destroy();
  }

  private void writeOldNames() {
    redis.opsForSet().add(old + "collections", "users");
    redis.opsForHash().put(old + "c:users:items", "1", "{\"id\":1}");
    redis.opsForZSet().add(old + "c:users:order", "1", 1);
    redis.opsForHash().putAll(old + "c:users:meta", Map.of("lastId", "1", "seq", "1"));
    redis.opsForHash().put(old + "c:users:seed:items", "1", "{\"id\":1}");
    redis.opsForStream().add("mockapi:history:" + key, Map.of("event", "{}"));
    redis.opsForHash().put("mockapi:analytics:" + key + ":m:100", "requests", "3");
  }

  @Test
  void aProjectsStateHistoryAndAnalyticsMoveToTheTaggedNames() {
    writeOldNames();

    long moved = migration.migrate(List.of(key));

    String collection = RedisKeys.stateCollection(key, "users");
    assertThat(moved).isEqualTo(6);
    assertThat(redis.opsForSet().members(RedisKeys.stateCollections(key))).containsExactly("users");
    assertThat(redis.opsForHash().get(collection + "items", "1")).isEqualTo("{\"id\":1}");
    assertThat(redis.opsForHash().get(collection + "meta", "lastId")).isEqualTo("1");
    assertThat(redis.opsForHash().get(collection + "seed:items", "1")).isEqualTo("{\"id\":1}");
    assertThat(redis.opsForStream().size(RedisKeys.history(key))).isEqualTo(1);
    assertThat(redis.opsForHash().get(RedisKeys.analyticsMinute(key, 100), "requests"))
        .isEqualTo("3");
    assertThat(redis.keys(old + "*")).isEmpty();
    assertThat(redis.hasKey("mockapi:history:" + key)).isFalse();
  }

  @Test
  void aSecondRunMovesNothing() {
    writeOldNames();
    migration.migrate(List.of(key));

    assertThat(migration.migrate(List.of(key))).isZero();
    assertThat(redis.opsForHash().get(RedisKeys.stateCollection(key, "users") + "items", "1"))
        .isEqualTo("{\"id\":1}");
  }

  @Test
  void whatTheEngineWroteUnderTheNewNamesIsNeverOverwritten() {
    writeOldNames();
    String collection = RedisKeys.stateCollection(key, "users");
    redis.opsForHash().put(collection + "items", "1", "{\"id\":1,\"new\":true}");
    redis.opsForHash().put(RedisKeys.analyticsMinute(key, 100), "requests", "2");

    migration.migrate(List.of(key));

    assertThat(redis.opsForHash().get(collection + "items", "1"))
        .isEqualTo("{\"id\":1,\"new\":true}");
    assertThat(redis.opsForHash().get(old + "c:users:items", "1")).isEqualTo("{\"id\":1}");
    assertThat(redis.opsForSet().members(old + "collections")).containsExactly("users");
    assertThat(redis.opsForHash().get(RedisKeys.analyticsMinute(key, 100), "requests"))
        .isEqualTo("5");
  }
}
