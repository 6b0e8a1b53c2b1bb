package dev.mockapi.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.MockClient;
import dev.mockapi.engine.support.Project;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.RequestLogEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Range;

/**
 * Two installations sharing one Redis give two projects the same id: the engine keeps their data
 * apart because it names history, log channel, state and analytics by each table's project key, and
 * never by the id.
 */
class ProjectKeyTest extends EngineIntegrationTest {

  private Project ours;
  private Project theirs;

  @BeforeEach
  void twoProjectsWithOneId() {
    ours = newProject();
    theirs = newProject(ours.id());
    serve(ours.table(1, Endpoint.crud(1, "items")));
    serve(theirs.table(1, Endpoint.crud(1, "items")));
  }

  @Test
  void eachProjectsCallsAreInTheHistoryOfItsKey() {
    mock.get(ours.path("/items"));
    mock.get(theirs.path("/items"));
    mock.get(theirs.path("/nowhere"));

    assertThat(awaitHistory(ours, 1)).allSatisfy(event -> assertOf(ours, event));
    assertThat(awaitHistory(theirs, 2)).allSatisfy(event -> assertOf(theirs, event));
    assertThat(redis.hasKey(RedisKeys.history(Long.toString(ours.id())))).isFalse();
  }

  @Test
  void eachProjectsStateIsThatOfItsKey() {
    mock.send("POST", ours.path("/items"), "{\"name\":\"ours\"}");

    assertThat(MockClient.json(mock.get(theirs.path("/items"))).isEmpty()).isTrue();
    assertThat(MockClient.json(mock.get(ours.path("/items"))).get(0).path("name").asString())
        .isEqualTo("ours");
    assertThat(redis.opsForSet().members(RedisKeys.stateCollections(ours.key())))
        .containsExactly("items");
    assertThat(redis.keys("mockapi:state:" + ours.id() + ":*")).isEmpty();
  }

  @Test
  void eachProjectsCallsAreCountedUnderItsKey() {
    mock.get(ours.path("/items"));
    mock.get(theirs.path("/items"));
    mock.get(theirs.path("/items"));

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> {
              analytics.flush();
              assertThat(requests(ours)).isEqualTo(1);
              assertThat(requests(theirs)).isEqualTo(2);
            });
    assertThat(redis.keys(RedisKeys.analyticsPrefix(Long.toString(ours.id())) + "*")).isEmpty();
  }

  private static void assertOf(Project project, RequestLogEvent event) {
    assertThat(event.projectKey()).isEqualTo(project.key());
    assertThat(event.projectSlug()).isEqualTo(project.slug());
    assertThat(event.projectId()).isEqualTo(project.id());
  }

  private List<RequestLogEvent> awaitHistory(Project project, int size) {
    return await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                redis
                    .opsForStream()
                    .range(RedisKeys.history(project.key()), Range.unbounded())
                    .stream()
                    .map(
                        entry ->
                            json.readValue(
                                entry.getValue().get("event").toString(), RequestLogEvent.class))
                    .toList(),
            events -> events.size() == size);
  }

  /** The calls counted in the project's minute hashes. */
  private long requests(Project project) {
    long sum = 0;
    for (String key : redis.keys(RedisKeys.analyticsPrefix(project.key()) + "m:*")) {
      for (var field : redis.<String, String>opsForHash().entries(key).entrySet()) {
        if (field.getKey().endsWith(":requests")) {
          sum += Long.parseLong(field.getValue());
        }
      }
    }
    return sum;
  }
}
