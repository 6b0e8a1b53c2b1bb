package dev.mockapi.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.state.CollectionRef;
import dev.mockapi.model.state.CollectionStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.stream.StreamRecords;
import tools.jackson.databind.JsonNode;

/**
 * One Redis shared with another installation (a second manager database, a restored backup, a
 * deleted {@code .mockapi/} with a system Redis): that installation has a project with the very
 * same numeric id as this test's, and its engine wrote history, state and analytics under that
 * project's key; an older MockAPI wrote them under the numeric id itself. This manager shows none
 * of it and removes none of it, whatever its users do.
 */
class SharedRedisIntegrationTest extends IntegrationTest {

  @Autowired CollectionStore store;

  private final String theirKey = UUID.randomUUID().toString();
  private Account owner;
  private long projectId;
  private String projectKey;
  private String project;
  private long minute;

  @BeforeEach
  void ourProjectAndTheirsWithTheSameId() {
    owner = signUp("owner");
    var created = createProject(owner, createOrg(owner, "Org"), "Shop");
    projectId = created.id();
    projectKey = created.text("projectKey");
    project = "/api/projects/" + projectId;
    minute = Instant.now().getEpochSecond() / 60;
    write(projectKey, "ours", "users", 3);
    for (String key : theirKeys()) {
      write(key, "theirs", "secrets", 1000);
    }
  }

  @AfterEach
  void removeTheirData() {
    for (String key : theirKeys()) {
      redis.delete(dataKeys(key));
    }
  }

  @Test
  void theHistoryShowsOnlyThisInstallationsCalls() {
    var logs = api.get(project + "/logs", owner.token());
    var count = api.get(project + "/requests/count", owner.token());

    assertThat(logs.status()).as(logs.text()).isEqualTo(200);
    assertThat(logs.body().valueStream().map(event -> event.path("id").asString()))
        .containsExactly("ours");
    assertThat(count.body().path("count").asLong()).isEqualTo(1);
  }

  @Test
  void theStateShowsOnlyThisInstallationsCollections() {
    var collections = api.get(project + "/state", owner.token());
    var theirs = api.get(project + "/state/secrets", owner.token());

    assertThat(collections.body().path("collections").valueStream().map(JsonNode::toString))
        .containsExactly("{\"name\":\"users\",\"count\":1}");
    assertThat(theirs.status()).as(theirs.text()).isEqualTo(200);
    assertThat(theirs.body().path("total").asInt()).isZero();
  }

  @Test
  void analyticsCountOnlyThisInstallationsCalls() {
    var analytics = api.get(project + "/analytics?window=1h", owner.token());

    assertThat(analytics.status()).as(analytics.text()).isEqualTo(200);
    assertThat(analytics.body().path("totals").path("requests").asLong()).isEqualTo(3);
  }

  @Test
  void clearingTheHistoryAndResettingTheStateSpareTheOtherInstallation() {
    assertThat(api.delete(project + "/logs", owner.token()).status()).isEqualTo(204);
    assertThat(api.delete(project + "/state", owner.token()).status()).isEqualTo(204);
    assertThat(api.delete(project + "/state/secrets", owner.token()).status()).isEqualTo(204);

    assertThat(redis.hasKey(RedisKeys.history(projectKey))).isFalse();
    assertTheirDataIsWhole();
  }

  @Test
  void deletingTheProjectRemovesOnlyItsOwnData() {
    var deleted = api.delete(project, owner.token());

    assertThat(deleted.status()).as(deleted.text()).isEqualTo(204);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> redis.countExistingKeys(dataKeys(projectKey)) == 0);
    assertTheirDataIsWhole();
  }

  /** Their keys: the other installation's project, and the numeric id an older version used. */
  private List<String> theirKeys() {
    return List.of(theirKey, Long.toString(projectId));
  }

  private void assertTheirDataIsWhole() {
    for (String key : theirKeys()) {
      List<String> keys = dataKeys(key);
      assertThat(redis.countExistingKeys(keys)).as(key).isEqualTo(keys.size());
      assertThat(store.window(new CollectionRef(key, "secrets"), null, null).join().total())
          .as(key)
          .isEqualTo(1);
    }
  }

  /** A served call in the history, one item in a collection, {@code calls} calls a minute ago. */
  private void write(String key, String eventId, String collection, int calls) {
    String event =
        "{\"id\":\""
            + eventId
            + "\",\"timestamp\":\"2026-11-24T10:15:30.123Z\",\"projectId\":"
            + projectId
            + ",\"projectSlug\":\"shop\",\"matched\":false,\"durationMs\":1}";
    redis
        .opsForStream()
        .add(StreamRecords.string(Map.of("event", event)).withStreamKey(RedisKeys.history(key)));
    store.create(new CollectionRef(key, collection), "1", "{\"id\":\"1\"}", "").join();
    redis
        .opsForHash()
        .putAll(
            RedisKeys.analyticsMinute(key, minute - 1),
            Map.of("unmatched:requests", Integer.toString(calls)));
  }

  private List<String> dataKeys(String key) {
    List<String> keys = new ArrayList<>();
    keys.add(RedisKeys.history(key));
    keys.add(RedisKeys.stateCollections(key));
    keys.add(RedisKeys.analyticsMinute(key, minute - 1));
    return keys;
  }
}
