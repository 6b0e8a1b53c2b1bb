package dev.mockapi.engine;

import static org.awaitility.Awaitility.await;

import dev.mockapi.engine.analytics.AnalyticsFlusher;
import dev.mockapi.engine.http.MockServer;
import dev.mockapi.engine.routing.CompiledProject;
import dev.mockapi.engine.support.MockClient;
import dev.mockapi.engine.support.Project;
import dev.mockapi.engine.support.TablePublisher;
import dev.mockapi.engine.sync.ProjectRegistry;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.RouteTable;
import dev.mockapi.model.testsupport.TestRedis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the integration suite: the whole engine on a random port against a real Redis (see {@link
 * TestRedis}), one Spring context shared by every subclass. Subclasses add no configuration of
 * their own, so the context starts once. Each test makes its own {@link Project}s and publishes
 * their tables as the manager does; their keys are deleted after the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
public abstract class EngineIntegrationTest {

  /** Resync interval of the suite: short, so tests of the periodic resync stay quick. */
  protected static final Duration RESYNC = Duration.ofSeconds(2);

  @Autowired protected MockServer server;
  @Autowired protected StringRedisTemplate redis;
  @Autowired protected JsonMapper json;
  @Autowired protected ProjectRegistry registry;
  @Autowired protected AnalyticsFlusher analytics;
  protected MockClient mock;
  protected TablePublisher tables;
  private final List<Project> projects = new ArrayList<>();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestRedis.Server redis = TestRedis.get(TestRedis.ENGINE_SUITE);
    registry.add("spring.data.redis.host", redis::host);
    registry.add("spring.data.redis.port", redis::port);
    registry.add("spring.data.redis.database", redis::database);
    registry.add("mockapi.engine.host", () -> "127.0.0.1");
    registry.add("mockapi.engine.port", () -> 0);
    registry.add("mockapi.engine.resync-interval", () -> RESYNC.toSeconds() + "s");
  }

  @BeforeEach
  void connect() {
    mock = new MockClient(server.port());
    tables = new TablePublisher(redis, json);
  }

  @AfterEach
  void removeProjects() {
    try {
      awaitLogsPublished();
    } finally {
      // Also after a failed test or wait: a test's keys never outlive it. The flush first, so no
      // count of this test reaches Redis after its keys are gone.
      analytics.flush();
      for (Project project : projects) {
        tables.remove(project.slug());
        redis.delete(RedisKeys.history(project.key()));
        redis.delete(redis.keys(RedisKeys.stateCollectionPrefix(project.key()) + "*"));
        redis.delete(redis.keys(RedisKeys.analyticsPrefix(project.key()) + "*"));
      }
    }
  }

  /**
   * Waits until every log event of this test is in Redis, so that none lands after its keys were
   * deleted: events are published in order by one thread, so once the event of an unmatched call
   * made now is in a history stream, all earlier ones are too.
   */
  private void awaitLogsPublished() {
    Project marker =
        projects.stream()
            .filter(
                p ->
                    registry.get(p.slug()) != null
                        && registry.get(p.slug()).projectKey().equals(p.key()))
            .findFirst()
            .orElseGet(() -> Project.unique());
    if (!projects.contains(marker)) {
      projects.add(marker);
      serve(marker.table(1));
    }
    String path = "/flush-" + UUID.randomUUID();
    mock.get(marker.path(path));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                redis
                    .opsForStream()
                    .range(RedisKeys.history(marker.key()), Range.unbounded())
                    .stream()
                    .anyMatch(record -> record.getValue().get("event").toString().contains(path)));
  }

  /** A project of this test; its Redis keys are removed after the test. */
  protected Project newProject() {
    return newProject(Project.unique());
  }

  /** A project of this test with a given id (another installation's project may share it). */
  protected Project newProject(long id) {
    return newProject(Project.withId(id));
  }

  private Project newProject(Project project) {
    projects.add(project);
    return project;
  }

  /** Publishes {@code table} and waits until the engine serves that version. */
  protected RouteTable serve(RouteTable table) {
    tables.publish(table);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> servedVersion(table.projectSlug()) == table.version());
    return table;
  }

  protected long servedVersion(String slug) {
    CompiledProject project = registry.get(slug);
    return project == null ? -1 : project.version();
  }
}
