package dev.mockapi.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockapi.engine.http.MockServer;
import dev.mockapi.engine.routing.CompiledProject;
import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.MockClient;
import dev.mockapi.engine.support.Project;
import dev.mockapi.engine.support.TablePublisher;
import dev.mockapi.engine.sync.ProjectRegistry;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.testsupport.RedisCluster;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine on a primary, a replica and a Sentinel ({@code spring.data.redis.sentinel.*}): the
 * primary is killed, the Sentinel promotes the replica, and the engine carries on against it with
 * the item written (and replicated) before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
class EngineOnSentinelTest {

  private static final String NAME = "mockapi";

  private static RedisCluster servers;
  private static Process primary;
  private static int replicaPort;

  @Autowired MockServer server;
  @Autowired StringRedisTemplate redis;
  @Autowired JsonMapper json;
  @Autowired ProjectRegistry registry;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    servers = RedisCluster.none();
    int primaryPort = RedisCluster.freePort();
    primary = servers.server(primaryPort, "--appendonly", "yes", "--appendfsync", "everysec");
    replicaPort = RedisCluster.freePort();
    servers.server(replicaPort, "--replicaof", "127.0.0.1", Integer.toString(primaryPort));
    int sentinelPort = RedisCluster.freePort();
    servers.sentinel(sentinelPort, NAME, primaryPort);
    registry.add("spring.data.redis.sentinel.master", () -> NAME);
    registry.add("spring.data.redis.sentinel.nodes", () -> "127.0.0.1:" + sentinelPort);
    registry.add("mockapi.engine.host", () -> "127.0.0.1");
    registry.add("mockapi.engine.port", () -> 0);
  }

  @AfterAll
  static void stopServers() {
    servers.close();
  }

  @Test
  void afterAFailoverTheEngineServesTheReplicatedItemFromThePromotedReplica() {
    Project project = Project.unique();
    new TablePublisher(redis, json).publish(project.table(1, Endpoint.crud(1, "users")));
    await().atMost(Duration.ofSeconds(5)).until(() -> served(project.slug()) == 1);
    MockClient mock = new MockClient(server.port());
    assertThat(mock.send("POST", project.path("/users"), "{\"name\":\"Ada\"}").statusCode())
        .isEqualTo(201);
    String items = RedisKeys.stateCollection(project.key(), "users") + "items";
    RedisCluster.awaitTrue(
        () -> RedisCluster.cli(replicaPort, "HGET", items, "1").contains("Ada"),
        "the item on the replica");

    primary.destroyForcibly();

    RedisCluster.awaitTrue(
        () -> RedisCluster.cli(replicaPort, "ROLE").startsWith("master"), "the replica promoted");
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> mock.get(project.path("/users/1")).statusCode() == 200);
    assertThat(MockClient.json(mock.get(project.path("/users/1"))).path("name").asString())
        .isEqualTo("Ada");
    assertThat(mock.send("POST", project.path("/users"), "{\"name\":\"Bob\"}").statusCode())
        .isEqualTo(201);
  }

  private long served(String slug) {
    CompiledProject project = registry.get(slug);
    return project == null ? -1 : project.version();
  }
}
