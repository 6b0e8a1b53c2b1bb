package dev.mockapi.manager.routetable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.model.ProjectSettings;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.RouteTable;
import dev.mockapi.model.testsupport.RedisCluster;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

/** Route tables are written, announced and removed on a real three-primary Redis Cluster. */
class RouteTableStoreOnClusterTest {

  private static final Installation INSTALLATION = new Installation(UUID.randomUUID().toString());

  private static RedisCluster cluster;
  private static LettuceConnectionFactory connections;
  private static StringRedisTemplate redis;
  private static RouteTableStore store;
  private final JsonMapper json = JsonMapper.builder().build();

  @BeforeAll
  static void startCluster() {
    cluster = RedisCluster.start(3);
    connections =
        new LettuceConnectionFactory(
            new RedisClusterConfiguration(List.of(cluster.nodes().split(","))));
    connections.afterPropertiesSet();
    connections.start();
    redis = new StringRedisTemplate(connections);
    store = new RouteTableStore(redis, JsonMapper.builder().build(), INSTALLATION);
  }

  @AfterAll
  static void stopCluster() {
    try {
      connections.destroy();
    } finally {
      cluster.close();
    }
  }

  @Test
  void aTableIsWrittenAnnouncedAndRemovedOnACluster() throws Exception {
    String slug = "cluster-" + UUID.randomUUID();
    BlockingQueue<String> announcements = new LinkedBlockingQueue<>();
    RedisMessageListenerContainer engine = new RedisMessageListenerContainer();
    engine.setConnectionFactory(connections);
    engine.addMessageListener(
        (message, pattern) ->
            announcements.add(new String(message.getBody(), StandardCharsets.UTF_8)),
        new ChannelTopic(RedisKeys.CONFIG_CHANNEL));
    engine.afterPropertiesSet();
    engine.start();
    try {
      RouteTable table =
          new RouteTable(
              1,
              UUID.randomUUID().toString(),
              slug,
              INSTALLATION.id(),
              3,
              ProjectSettings.defaults(),
              null,
              List.of());

      assertThat(store.write(table, false)).isEqualTo(RouteTableStore.Written.WRITTEN);
      assertThat(store.publishedSlugs()).contains(slug);
      assertThat(json.readValue(redis.opsForValue().get(RedisKeys.routes(slug)), RouteTable.class))
          .isEqualTo(table);
      assertThat(announcements.poll(5, TimeUnit.SECONDS)).contains(slug, "\"version\":3");

      assertThat(store.remove(slug, table.projectKey())).isTrue();
      assertThat(store.publishedSlugs()).doesNotContain(slug);
      assertThat(announcements.poll(5, TimeUnit.SECONDS)).contains(slug, "\"deleted\":true");
    } finally {
      engine.destroy();
    }
  }
}
