package dev.mockapi.manager.routetable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.manager.IntegrationTest;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.RouteTable;
import dev.mockapi.model.RoutesChanged;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

class RouteTablePublishingIntegrationTest extends IntegrationTest {

  @Autowired RedisConnectionFactory connectionFactory;
  @Autowired RouteTablePublisher publisher;
  @Autowired JsonMapper json;

  private final BlockingQueue<RoutesChanged> announcements = new LinkedBlockingQueue<>();
  private RedisMessageListenerContainer listener;
  private Account editor;
  private long projectId;
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
  void startUpRepublishesLostTablesAndDropsOrphans() {
    createEndpoint(editor, projectId, "GET", "/a");
    redis.delete(RedisKeys.routes(slug));
    String orphan = "orphan-" + projectId;
    redis.opsForValue().set(RedisKeys.routes(orphan), "{}");
    redis.opsForSet().add(RedisKeys.PROJECT_SLUGS, orphan);

    publisher.republishAll();

    assertThat(table().routes()).hasSize(1);
    assertThat(redis.hasKey(RedisKeys.routes(orphan))).isFalse();
    assertThat(redis.opsForSet().isMember(RedisKeys.PROJECT_SLUGS, orphan)).isFalse();
  }

  @Test
  void anOlderTableNeverOverwritesANewerOne() {
    createEndpoint(editor, projectId, "GET", "/a");
    RouteTable current = table();
    var stale =
        new RouteTable(
            current.projectId(),
            slug,
            current.version() - 1,
            current.settings(),
            null,
            java.util.List.of());

    assertThat(new RouteTableStore(redis, json).write(stale, false)).isFalse();
    assertThat(table()).isEqualTo(current);
  }

  @Test
  void aLateRemovalOfADeletedProjectSparesTheNewOwnerOfItsSlug() {
    String reused = "reused-" + projectId;
    long orgId =
        api.get("/api/projects/" + projectId, editor.token()).body().path("orgId").asLong();
    long first =
        api.post(
                "/api/orgs/" + orgId + "/projects",
                editor.token(),
                Map.of("name", "A", "slug", reused))
            .id();
    api.delete("/api/projects/" + first, editor.token());
    long second =
        api.post(
                "/api/orgs/" + orgId + "/projects",
                editor.token(),
                Map.of("name", "B", "slug", reused))
            .id();

    new RouteTableStore(redis, json).remove(reused, first);

    String text = redis.opsForValue().get(RedisKeys.routes(reused));
    assertThat(text).isNotNull();
    assertThat(json.readValue(text, RouteTable.class).projectId()).isEqualTo(second);
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
