package dev.mockapi.manager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.manager.support.Api;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.testsupport.TestRedis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What {@code ./start.sh} runs: no database, Redis or secret configured. The manager must migrate
 * an H2 file database, start its own Redis where nothing answers, generate and keep a signing
 * secret, and serve the whole register-to-endpoint flow. Needs neither MariaDB nor a Redis server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedDefaultsTest {

  private static Path dataDir;

  @LocalServerPort int port;
  @Autowired StringRedisTemplate redis;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void embeddedDefaults(DynamicPropertyRegistry registry) throws Exception {
    dataDir = Files.createTempDirectory("mockapi-embedded");
    registry.add("mockapi.data-dir", dataDir::toString);
    registry.add("mockapi.auth.secret-key", () -> "");
    registry.add("spring.data.redis.port", TestRedis::freePort);
    registry.add("mockapi.redis.embedded", () -> "auto");
  }

  @Test
  void migrationsRunOnH2() {
    String url = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL());
    Integer failed =
        jdbc.queryForObject(
            "select count(*) from \"flyway_schema_history\" where \"success\" = false",
            Integer.class);
    Integer applied =
        jdbc.queryForObject("select count(*) from \"flyway_schema_history\"", Integer.class);

    assertThat(url).startsWith("jdbc:h2:file:");
    assertThat(applied).isPositive();
    assertThat(failed).isZero();
  }

  @Test
  void signingSecretIsGeneratedReadableByOwnerOnly() throws Exception {
    Path secret = dataDir.resolve("secret.key");

    assertThat(secret).exists();
    assertThat(Files.readString(secret).trim()).hasSizeGreaterThanOrEqualTo(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
        .isEqualTo("rw-------");
  }

  @Test
  void embeddedRedisKeepsAnAppendOnlyFileUnderTheDataDirectory() throws Exception {
    try (var files = Files.list(dataDir.resolve("redis"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith("appendonly"));
    }
  }

  @Test
  void embeddedRedisRefusesWritesPastItsMaxmemoryInsteadOfEvicting() {
    var server = redis.getRequiredConnectionFactory().getConnection().serverCommands();

    assertThat(server.getConfig("maxmemory").getProperty("maxmemory"))
        .isEqualTo(Long.toString(256L * 1024 * 1024));
    assertThat(server.getConfig("maxmemory-policy").getProperty("maxmemory-policy"))
        .isEqualTo("noeviction");
  }

  @Test
  void newUserBuildsAnEndpointAndItsRouteTableIsPublished() {
    Api api = new Api(port);
    String token = signedIn(api, "embedded");
    long orgId = api.post("/api/orgs", token, Map.of("name", "Embedded")).id();
    var project = api.post("/api/orgs/" + orgId + "/projects", token, Map.of("name", "Local"));
    var endpoint =
        api.post(
            "/api/projects/" + project.id() + "/endpoints",
            token,
            Map.of("method", "GET", "path", "/hello"));

    assertThat(endpoint.status()).as(endpoint.text()).isEqualTo(201);
    assertThat(redis.opsForValue().get(RedisKeys.routes(project.text("slug")))).contains("/hello");
  }

  @Test
  void quotasAreCountedUnderTheirLocksOnH2() {
    Api api = new Api(port);
    String token = signedIn(api, "quota");
    for (int i = 0; i < 10; i++) { // mockapi.limits.orgs-per-user
      assertThat(api.post("/api/orgs", token, Map.of("name", "Org " + i)).status()).isEqualTo(201);
    }

    var refused = api.post("/api/orgs", token, Map.of("name", "One too many"));

    assertThat(refused.status()).as(refused.text()).isEqualTo(409);
    assertThat(refused.text("type")).isEqualTo("urn:mockapi:problem:quota-exceeded");
    assertThat(refused.body().path("current").asInt()).isEqualTo(10);
  }

  /** A new account's access token. */
  private static String signedIn(Api api, String who) {
    String email = who + "-" + System.nanoTime() + "@example.com";
    api.post("/api/auth/register", null, Map.of("email", email, "password", "password-123"));
    return api.post("/api/auth/login", null, Map.of("email", email, "password", "password-123"))
        .text("accessToken");
  }
}
