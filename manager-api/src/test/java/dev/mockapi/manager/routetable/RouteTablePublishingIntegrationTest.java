package dev.mockapi.manager.routetable;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.mockapi.manager.IntegrationTest;
import dev.mockapi.model.ProjectSettings;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.RouteTable;
import dev.mockapi.model.RoutesChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

class RouteTablePublishingIntegrationTest extends IntegrationTest {

  @Autowired RedisConnectionFactory connectionFactory;
  @Autowired RouteTablePublisher publisher;
  @Autowired RouteTableStore store;
  @Autowired Installation installation;
  @Autowired JsonMapper json;

  private final Installation other = new Installation(UUID.randomUUID().toString());
  private final BlockingQueue<RoutesChanged> announcements = new LinkedBlockingQueue<>();
  private RedisMessageListenerContainer listener;
  private Account editor;
  private long projectId;
  private String projectKey;
  private String slug;

  @BeforeEach
  void subscribeAndCreateProject() throws Exception {
    listener = new RedisMessageListenerContainer();
    listener.setConnectionFactory(connectionFactory);
    listener.addMessageListener(
        (message, pattern) ->
            announcements.add(json.readValue(message.getBody(), RoutesChanged.class)),
        new ChannelTopic(RedisKeys.CONFIG_CHANNEL));
    listener.afterPropertiesSet();
    listener.start();
    editor = signUp("editor");
    var project = createProject(editor, createOrg(editor, "Org"), "Routes");
    projectId = project.id();
    projectKey = project.text("projectKey");
    slug = project.text("slug");
  }

  @AfterEach
  void unsubscribe() throws Exception {
    listener.destroy();
  }

  @Test
  void aSavedEndpointIsInRedisAndAnnouncedWhenTheCallReturns() throws Exception {
    long before = table().version();

    long endpointId = createEndpoint(editor, projectId, "GET", "/users/{id}").id();

    RouteTable table = table();
    assertThat(table.version()).isGreaterThan(before);
    assertThat(table.projectId()).isEqualTo(projectId);
    assertThat(table.projectKey()).isEqualTo(projectKey);
    assertThat(table.installationId()).isEqualTo(installation.id());
    assertThat(table.routes())
        .singleElement()
        .satisfies(
            route -> {
              assertThat(route.endpointId()).isEqualTo(endpointId);
              assertThat(route.definition().path()).isEqualTo("/users/{id}");
            });
    assertThat(redis.opsForSet().isMember(RedisKeys.PROJECT_SLUGS, slug)).isTrue();
    assertThat(awaitAnnouncement(slug, a -> a.version() >= table.version()).version())
        .isEqualTo(table.version());
  }

  @Test
  void settingsChangesAndDeletesRepublishWithHigherVersions() throws Exception {
    long endpointId = createEndpoint(editor, projectId, "GET", "/a").id();
    long afterCreate = table().version();

    api.patch(
        "/api/projects/" + projectId,
        editor.token(),
        Map.of("settings", Map.of("apiKeyRequired", true)));
    long afterSettings = table().version();
    api.delete("/api/projects/" + projectId + "/endpoints/" + endpointId, editor.token());

    assertThat(afterSettings).isGreaterThan(afterCreate);
    assertThat(table().settings().apiKeyRequired()).isTrue();
    assertThat(table().version()).isGreaterThan(afterSettings);
    assertThat(table().routes()).isEmpty();
  }

  @Test
  void deletingAProjectRemovesItsTable() throws Exception {
    api.delete("/api/projects/" + projectId, editor.token());

    assertThat(redis.hasKey(RedisKeys.routes(slug))).isFalse();
    assertThat(redis.opsForSet().isMember(RedisKeys.PROJECT_SLUGS, slug)).isFalse();
    assertThat(awaitAnnouncement(slug, RoutesChanged::deleted).deleted()).isTrue();
  }

  @Test
  void startUpRepublishesLostTablesAndDropsOrphansOfThisInstallation() {
    createEndpoint(editor, projectId, "GET", "/a");
    redis.delete(RedisKeys.routes(slug));
    String orphan = "orphan-" + projectId;
    store.write(tableOf(installation, orphan, 1), false);
    String dangling = "dangling-" + projectId;
    redis.opsForSet().add(RedisKeys.PROJECT_SLUGS, dangling);

    publisher.republishAll();

    assertThat(table().routes()).hasSize(1);
    for (String gone : List.of(orphan, dangling)) {
      assertThat(redis.hasKey(RedisKeys.routes(gone))).as(gone).isFalse();
      assertThat(redis.opsForSet().isMember(RedisKeys.PROJECT_SLUGS, gone)).as(gone).isFalse();
    }
  }

  @Test
  void startUpLeavesTablesThatAreNotProvablyOfThisInstallation() {
    String theirs = "theirs-" + projectId;
    storeOf(other).write(tableOf(other, theirs, 1), false);
    Map<String, String> unprovable =
        Map.of(
            "older-" + projectId,
            "{\"projectId\":" + projectId + ",\"projectSlug\":\"x\",\"version\":3}",
            "empty-" + projectId,
            "{}",
            "garbage-" + projectId,
            "not json",
            "number-" + projectId,
            "42");
    unprovable.forEach(
        (name, text) -> {
          redis.opsForValue().set(RedisKeys.routes(name), text);
          redis.opsForSet().add(RedisKeys.PROJECT_SLUGS, name);
        });

    publisher.republishAll();

    List<String> kept = new ArrayList<>(unprovable.keySet());
    kept.add(theirs);
    for (String name : kept) {
      assertThat(redis.hasKey(RedisKeys.routes(name))).as(name).isTrue();
      assertThat(redis.opsForSet().isMember(RedisKeys.PROJECT_SLUGS, name)).as(name).isTrue();
    }
  }

  @Test
  void deletingAProjectSparesTheTableAnotherInstallationPublishedForItsSlug() {
    RouteTable theirs = tableOf(other, slug, 1);
    storeOf(other).write(theirs, false);

    var deleted = api.delete("/api/projects/" + projectId, editor.token());

    assertThat(deleted.status()).as(deleted.text()).isEqualTo(204);
    assertThat(table()).isEqualTo(theirs);
    assertThat(redis.opsForSet().isMember(RedisKeys.PROJECT_SLUGS, slug)).isTrue();
  }

  @Test
  void publishingOverAnotherInstallationsTableReplacesItWithAWarning() {
    RouteTable mine = table();
    storeOf(other).write(tableOf(other, slug, mine.version() + 5), false);
    ListAppender<ILoggingEvent> warnings = new ListAppender<>();
    Logger logger = (Logger) LoggerFactory.getLogger(RouteTableStore.class);
    logger.addAppender(warnings);
    warnings.start();
    try {
      assertThat(store.write(mine, false))
          .isEqualTo(RouteTableStore.Written.REPLACED_OTHER_INSTALLATION);
      assertThat(store.write(mine, true)).isEqualTo(RouteTableStore.Written.WRITTEN);
    } finally {
      logger.detachAppender(warnings);
    }

    assertThat(table()).isEqualTo(mine);
    assertThat(warnings.list)
        .singleElement()
        .satisfies(
            warning ->
                assertThat(warning.getFormattedMessage())
                    .contains("'" + slug + "'", "another installation"));
  }

  @Test
  void anOlderTableNeverOverwritesANewerOne() {
    createEndpoint(editor, projectId, "GET", "/a");
    RouteTable current = table();
    var stale =
        new RouteTable(
            current.projectId(),
            current.projectKey(),
            slug,
            current.installationId(),
            current.version() - 1,
            current.settings(),
            null,
            List.of());

    assertThat(store.write(stale, false)).isEqualTo(RouteTableStore.Written.KEPT_NEWER);
    assertThat(table()).isEqualTo(current);
  }

  @Test
  void aLateRemovalOfADeletedProjectSparesTheNewOwnerOfItsSlug() {
    String reused = "reused-" + projectId;
    long orgId =
        api.get("/api/projects/" + projectId, editor.token()).body().path("orgId").asLong();
    var first =
        api.post(
            "/api/orgs/" + orgId + "/projects",
            editor.token(),
            Map.of("name", "A", "slug", reused));
    api.delete("/api/projects/" + first.id(), editor.token());
    long second =
        api.post(
                "/api/orgs/" + orgId + "/projects",
                editor.token(),
                Map.of("name", "B", "slug", reused))
            .id();

    assertThat(store.remove(reused, first.text("projectKey"))).isFalse();

    String text = redis.opsForValue().get(RedisKeys.routes(reused));
    assertThat(text).isNotNull();
    assertThat(json.readValue(text, RouteTable.class).projectId()).isEqualTo(second);
  }

  /** How another installation sharing this Redis publishes its tables. */
  private RouteTableStore storeOf(Installation owner) {
    return new RouteTableStore(redis, json, owner);
  }

  /** A table of a project of {@code owner} with the same numeric id as this test's project. */
  private RouteTable tableOf(Installation owner, String slug, long version) {
    return new RouteTable(
        projectId,
        UUID.randomUUID().toString(),
        slug,
        owner.id(),
        version,
        ProjectSettings.defaults(),
        null,
        List.of());
  }

  private RouteTable table() {
    String text = redis.opsForValue().get(RedisKeys.routes(slug));
    assertThat(text).as("route table of " + slug).isNotNull();
    return json.readValue(text, RouteTable.class);
  }

  private RoutesChanged awaitAnnouncement(String slug, Predicate<RoutesChanged> wanted)
      throws InterruptedException {
    while (true) {
      RoutesChanged next = announcements.poll(5, TimeUnit.SECONDS);
      assertThat(next).as("an announcement for " + slug).isNotNull();
      if (next.slug().equals(slug) && wanted.test(next)) {
        return next;
      }
    }
  }
}
