package dev.mockapi.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mockapi.manager.support.Api;
import dev.mockapi.manager.support.TestDatabase;
import dev.mockapi.model.testsupport.TestRedis;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the integration suite: the whole manager on a random port against real MariaDB/MySQL and
 * Redis, one Spring context shared by every subclass. Tests talk HTTP through {@link Api}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
    properties = {
      // As behind a reverse proxy: the client address is the X-Forwarded-For a local proxy (the
      // tests) sends, so login throttle tests each use addresses of their own. A first wait long
      // enough to see on a busy machine, and the smallest bound of budgets in memory.
      "server.forward-headers-strategy=native",
      "mockapi.auth.login.initial-backoff=30s",
      "mockapi.auth.login.max-entries=100",
      // Quotas small enough for a test to reach, large enough for every other test.
      "mockapi.limits.endpoints-per-project=30",
      "mockapi.limits.projects-per-org=40", // the relay test follows 33 projects of one org
      "mockapi.limits.orgs-per-user=4",
      "mockapi.limits.route-table-size=1MB"
    })
public abstract class IntegrationTest {

  /** 64 bytes, so tests can also forge HS512 tokens with the very same key. */
  public static final String SECRET =
      "integration-test-secret-0123456789abcdef-0123456789abcdef-012345";

  @LocalServerPort protected int port;
  @Autowired protected StringRedisTemplate redis;
  protected Api api;

  @BeforeAll
  static void requireDatabase() {
    assumeTrue(TestDatabase.get() != null, TestDatabase.skipReason());
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws Exception {
    TestDatabase.Connection db = TestDatabase.get();
    if (db == null) {
      return;
    }
    registry.add("spring.datasource.url", db::url);
    registry.add("spring.datasource.username", db::user);
    registry.add("spring.datasource.password", db::password);
    TestRedis.Server redis = TestRedis.get(TestRedis.MANAGER_SUITE);
    registry.add("spring.data.redis.host", redis::host);
    registry.add("spring.data.redis.port", redis::port);
    registry.add("spring.data.redis.database", redis::database);
    registry.add("mockapi.redis.embedded", () -> "never");
    registry.add("mockapi.auth.secret-key", () -> SECRET);
    // A client stuck for this long is disconnected; shorter than the default so a test sees it.
    registry.add("mockapi.relay.send-time-limit", () -> "3s");
    Path dataDir = Files.createTempDirectory("mockapi-it");
    registry.add("mockapi.data-dir", dataDir::toString);
  }

  private static StringRedisTemplate redisOfTheSuite;

  @BeforeEach
  void client() {
    api = new Api(port);
    redisOfTheSuite = redis;
  }

  /**
   * Removes what the class published to the suite's own Redis database. Done per class, while the
   * shared context still runs: at context close the connection factory stops before beans are
   * destroyed.
   */
  @AfterAll
  static void removeOwnKeysFromRedis() {
    if (redisOfTheSuite != null) {
      Set<String> keys = redisOfTheSuite.keys("mockapi:*");
      if (keys != null && !keys.isEmpty()) {
        redisOfTheSuite.delete(keys);
      }
    }
  }

  // ---- fixtures: every test makes its own users, orgs and projects, so tests never collide ----

  /** A unique email for this test run. */
  protected static String email(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  /** A registered user with a fresh access token. */
  protected record Account(long id, String email, String token, String refreshToken) {}

  protected Account signUp(String who) {
    String email = email(who);
    var registered =
        api.post("/api/auth/register", null, Map.of("email", email, "password", "password-123"));
    assertThat(registered.status()).as(registered.text()).isEqualTo(201);
    var login =
        api.post("/api/auth/login", null, Map.of("email", email, "password", "password-123"));
    assertThat(login.status()).as(login.text()).isEqualTo(200);
    return new Account(
        registered.id(), email, login.text("accessToken"), login.text("refreshToken"));
  }

  /** An access token for {@code userId} signed with the suite's key, expiring when told. */
  protected static String accessToken(long userId, Instant expiresAt) {
    return Jwts.builder()
        .issuer("mockapi")
        .subject(Long.toString(userId))
        .issuedAt(Date.from(expiresAt.minusSeconds(900)))
        .expiration(Date.from(expiresAt))
        .signWith(Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8)), Jwts.SIG.HS256)
        .compact();
  }

  protected long createOrg(Account owner, String name) {
    var org = api.post("/api/orgs", owner.token(), Map.of("name", name));
    assertThat(org.status()).as(org.text()).isEqualTo(201);
    return org.id();
  }

  protected void addMember(Account admin, long orgId, Account member, String role) {
    var added =
        api.post(
            "/api/orgs/" + orgId + "/members",
            admin.token(),
            Map.of("email", member.email(), "role", role));
    assertThat(added.status()).as(added.text()).isEqualTo(201);
  }

  protected Api.Response createProject(Account admin, long orgId, String name) {
    var project = api.post("/api/orgs/" + orgId + "/projects", admin.token(), Map.of("name", name));
    assertThat(project.status()).as(project.text()).isEqualTo(201);
    return project;
  }

  protected static Map<String, Object> endpoint(String method, String path) {
    return Map.of(
        "method", method,
        "path", path,
        "response",
            Map.of(
                "status",
                200,
                "headers",
                Map.of("Content-Type", "application/json"),
                "body",
                "{}"));
  }

  /** {@code definition} as a PUT body replacing {@code version}. */
  protected static Map<String, Object> versioned(Map<String, Object> definition, long version) {
    Map<String, Object> copy = new HashMap<>(definition);
    copy.put("version", version);
    return copy;
  }

  protected Api.Response createEndpoint(
      Account editor, long projectId, String method, String path) {
    var created =
        api.post(
            "/api/projects/" + projectId + "/endpoints", editor.token(), endpoint(method, path));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created;
  }
}
