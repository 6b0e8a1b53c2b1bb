package dev.mockapi.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockapi.manager.support.Api;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.testsupport.RedisCluster;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole manager on a real three-primary Redis Cluster ({@code spring.data.redis.cluster.nodes},
 * H2 for its database): route tables published, a seeded resource's state read and reset, and a
 * deleted project's keys removed, across the cluster's hash slots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ManagerOnClusterTest {

  private static RedisCluster cluster;

  @LocalServerPort int port;
  @Autowired StringRedisTemplate redis;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws Exception {
    cluster = RedisCluster.start(3);
    registry.add("spring.data.redis.cluster.nodes", cluster::nodes);
    registry.add("mockapi.redis.embedded", () -> "never");
    var dataDir = Files.createTempDirectory("mockapi-cluster");
    registry.add("mockapi.data-dir", dataDir::toString);
  }

  @AfterAll
  static void stopCluster() {
    cluster.close();
  }

  @Test
  void projectsEndpointsAndStateWorkOnAClusterAndDeletionRemovesTheirKeys() {
    Api api = new Api(port);
    var credentials = Map.of("email", "cluster@example.com", "password", "password-123");
    assertThat(api.post("/api/auth/register", null, credentials).status()).isEqualTo(201);
    String token = api.post("/api/auth/login", null, credentials).text("accessToken");
    long org = api.post("/api/orgs", token, Map.of("name", "Cluster")).id();
    var project = api.post("/api/orgs/" + org + "/projects", token, Map.of("name", "On Cluster"));
    long id = project.id();
    String slug = project.text("slug");
    String key = project.text("projectKey");

    var endpoint =
        api.post(
            "/api/projects/" + id + "/endpoints",
            token,
            Map.of("method", "GET", "path", "/hello", "response", Map.of("body", "hi")));
    assertThat(endpoint.status()).as(endpoint.text()).isEqualTo(201);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                String.valueOf(redis.opsForValue().get(RedisKeys.routes(slug))).contains("/hello"));

    var resource =
        api.post(
            "/api/projects/" + id + "/resources", token, Map.of("name", "people", "seedCount", 2));
    assertThat(resource.status()).as(resource.text()).isEqualTo(201);
    var page = api.get("/api/projects/" + id + "/state/people", token);
    assertThat(page.status()).as(page.text()).isEqualTo(200);
    assertThat(page.body().path("items").size()).isEqualTo(2);
    assertThat(api.delete("/api/projects/" + id + "/state/people", token).status()).isEqualTo(204);
    assertThat(api.get("/api/projects/" + id + "/state/people", token).body().path("items").size())
        .isEqualTo(2);
    assertThat(api.get("/api/projects/" + id + "/analytics", token).status()).isEqualTo(200);
    assertThat(stateKeys(key)).isNotEmpty();

    assertThat(api.delete("/api/projects/" + id, token).status()).isEqualTo(204);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !redis.hasKey(RedisKeys.routes(slug)) && stateKeys(key).isEmpty());
  }

  /** Every key of the project's state, on whichever primary holds its slot. */
  private List<String> stateKeys(String projectKey) {
    return List.copyOf(redis.keys("mockapi:state:" + RedisKeys.tag(projectKey) + "*"));
  }
}
