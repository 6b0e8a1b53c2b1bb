package dev.mockapi.manager.livelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockapi.manager.IntegrationTest;
import dev.mockapi.model.Fault;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.RequestLogEvent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.stream.StreamRecords;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RequestHistoryIntegrationTest extends IntegrationTest {

  @Autowired JsonMapper json;

  private Account owner;
  private long orgId;
  private long projectId;
  private String projectKey;
  private String logs;
  private String count;

  @BeforeEach
  void projectWithHistory() {
    owner = signUp("owner");
    orgId = createOrg(owner, "Org");
    var project = createProject(owner, orgId, "Shop");
    projectId = project.id();
    projectKey = project.text("projectKey");
    logs = "/api/projects/" + projectId + "/logs";
    count = "/api/projects/" + projectId + "/requests/count";
    served("e1", "GET", "/users", 200, true);
    served("e2", "POST", "/orders", 201, true);
    served("e3", "GET", "/users/42", 404, true);
    served("e4", "POST", "/orders", 201, true);
    served("e5", "DELETE", "/files/a/b.txt", 500, true);
    served("e6", "GET", "/nowhere", 404, false);
  }

  @AfterEach
  void removeHistory() {
    redis.delete(RedisKeys.history(projectKey));
  }

  @Test
  void returnsTheStoredEventsNewestFirst() {
    var response = api.get(logs, owner.token());

    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(ids(response.body())).containsExactly("e6", "e5", "e4", "e3", "e2", "e1");
    JsonNode newest = response.body().get(0);
    assertThat(newest.path("projectId").asLong()).isEqualTo(projectId);
    assertThat(newest.path("matched").asBoolean()).isFalse();
    assertThat(newest.path("endpointId").isNull()).isTrue();
    assertThat(newest.path("request").path("path").asString()).isEqualTo("/nowhere");
    assertThat(newest.path("request").path("headers").path("Authorization").asString())
        .isEqualTo(RequestLogEvent.MASK);
    assertThat(newest.path("response").path("status").asInt()).isEqualTo(404);
    assertThat(response.body().get(1).path("chaos").path("fault").asString())
        .isEqualTo("http_error");
  }

  @Test
  void deletingTheProjectRemovesItsHistory() {
    assertThat(redis.hasKey(RedisKeys.history(projectKey))).isTrue();

    var response = api.delete("/api/projects/" + projectId, owner.token());

    assertThat(response.status()).as(response.text()).isEqualTo(204);
    await().atMost(Duration.ofSeconds(5)).until(() -> !redis.hasKey(RedisKeys.history(projectKey)));
  }

  @Test
  void returnsAtMostLimitEventsTheNewest() {
    var response = api.get(logs + "?limit=2", owner.token());

    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(ids(response.body())).containsExactly("e6", "e5");
  }

  @Test
  void aProjectWithoutHistoryHasAnEmptyLog() {
    redis.delete(RedisKeys.history(projectKey));

    var response = api.get(logs, owner.token());

    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(response.body().isArray()).isTrue();
    assertThat(response.body().isEmpty()).isTrue();
  }

  @Test
  void filtersByMethodInAnyCase() {
    assertThat(ids(api.get(logs + "?method=post", owner.token()).body()))
        .containsExactly("e4", "e2");
  }

  @Test
  void filtersByAnExactStatusOrAStatusClass() {
    assertThat(ids(api.get(logs + "?status=404", owner.token()).body()))
        .containsExactly("e6", "e3");
    assertThat(ids(api.get(logs + "?status=2xx", owner.token()).body()))
        .containsExactly("e4", "e2", "e1");
    assertThat(ids(api.get(logs + "?status=5XX", owner.token()).body())).containsExactly("e5");
    assertThat(ids(api.get(logs + "?status=3xx", owner.token()).body())).isEmpty();
  }

  @Test
  void filtersByAPathPatternAsEndpointsMatchThem() {
    assertThat(ids(api.get(logs + "?path=" + encode("/users/{id}"), owner.token()).body()))
        .containsExactly("e3");
    assertThat(ids(api.get(logs + "?path=/users", owner.token()).body())).containsExactly("e1");
    assertThat(ids(api.get(logs + "?path=/*", owner.token()).body()))
        .containsExactly("e6", "e4", "e2", "e1");
    assertThat(ids(api.get(logs + "?path=/files/**", owner.token()).body())).containsExactly("e5");
  }

  @Test
  void filtersByWhetherAnEndpointMatched() {
    assertThat(ids(api.get(logs + "?matched=false", owner.token()).body())).containsExactly("e6");
    assertThat(ids(api.get(logs + "?matched=true", owner.token()).body()))
        .containsExactly("e5", "e4", "e3", "e2", "e1");
  }

  @Test
  void combinesFiltersWithAndBeforeTheLimit() {
    var response =
        api.get(logs + "?method=GET&status=4xx&matched=true&path=/users/*", owner.token());
    var limited = api.get(logs + "?method=POST&limit=1", owner.token());

    assertThat(ids(response.body())).containsExactly("e3");
    assertThat(ids(limited.body())).containsExactly("e4");
  }

  @Test
  void countsTheRetainedRequestsThatPassTheFilter() {
    var orders = api.get(count + "?method=POST&path=/orders", owner.token());

    assertThat(orders.status()).as(orders.text()).isEqualTo(200);
    assertThat(orders.text()).isEqualTo("{\"count\":2}");
    assertThat(api.get(count, owner.token()).body().path("count").asLong()).isEqualTo(6);
    assertThat(api.get(count + "?status=404", owner.token()).body().path("count").asLong())
        .isEqualTo(2);
    assertThat(api.get(count + "?method=PUT", owner.token()).body().path("count").asLong())
        .isZero();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "logs?limit=0, limit",
    "logs?limit=1001, limit",
    "logs?limit=ten, limit",
    "logs?status=600, status",
    "logs?status=1xx, status",
    "logs?status=4x4, status",
    "logs?status=ok, status",
    "logs?matched=yes, matched",
    "logs?path=users, path",
    "logs?path=/a/**/b, path",
    "requests/count?status=20, status",
    "requests/count?path=/x%7Bid, path",
    "requests/count?matched=1, matched"
  })
  void anInvalidQueryParameterIsA400NamingTheField(String route, String field) {
    var response = api.get("/api/projects/" + projectId + "/" + route, owner.token());

    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.text("type")).isEqualTo("urn:mockapi:problem:validation");
    assertThat(response.body().path("errors").findValuesAsString("field")).containsExactly(field);
  }

  @Test
  void everyInvalidParameterIsReportedAtOnce() {
    var response = api.get(logs + "?limit=0&status=x&matched=maybe&path=nope", owner.token());

    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.body().path("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("limit", "status", "matched", "path");
  }

  @Test
  void anEditorClearsTheHistory() {
    Account editor = signUp("editor");
    addMember(owner, orgId, editor, "EDITOR");

    var response = api.delete(logs, editor.token());

    assertThat(response.status()).as(response.text()).isEqualTo(204);
    assertThat(redis.hasKey(RedisKeys.history(projectKey))).isFalse();
    assertThat(api.get(logs, editor.token()).body().isEmpty()).isTrue();
    assertThat(api.get(count, editor.token()).body().path("count").asLong()).isZero();
  }

  @Test
  void aViewerMayReadButNotClear() {
    Account viewer = signUp("viewer");
    addMember(owner, orgId, viewer, "VIEWER");

    assertThat(api.get(logs, viewer.token()).status()).isEqualTo(200);
    assertThat(api.get(count, viewer.token()).status()).isEqualTo(200);
    var clear = api.delete(logs, viewer.token());
    assertThat(clear.status()).as(clear.text()).isEqualTo(403);
    assertThat(redis.opsForStream().size(RedisKeys.history(projectKey))).isEqualTo(6);
  }

  @Test
  void anotherOrganizationsProjectHistoryIsNotFound() {
    Account outsider = signUp("outsider");
    createProject(outsider, createOrg(outsider, "Other"), "Other");

    assertThat(api.get(logs, outsider.token()).status()).isEqualTo(404);
    assertThat(api.get(count, outsider.token()).status()).isEqualTo(404);
    assertThat(api.delete(logs, outsider.token()).status()).isEqualTo(404);
    assertThat(redis.opsForStream().size(RedisKeys.history(projectKey))).isEqualTo(6);
  }

  @Test
  void anEntryThatCannotBeReadIsSkipped() {
    append(Map.of(RequestHistoryStore.FIELD, "{not json"));
    append(Map.of(RequestHistoryStore.FIELD, "[1, 2]"));
    append(Map.of("other", "field"));
    served("e7", "GET", "/users", 200, true);

    var response = api.get(logs + "?limit=2", owner.token());

    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(ids(response.body())).containsExactly("e7", "e6");
    assertThat(api.get(count, owner.token()).body().path("count").asLong()).isEqualTo(7);
  }

  /** Appends an event to the project's history the way the engine does. */
  private void served(String id, String method, String path, int status, boolean matched) {
    var event =
        new RequestLogEvent(
            id,
            "2026-11-24T10:15:30.123Z",
            projectId,
            "shop",
            projectKey,
            matched ? 42L : null,
            matched,
            new RequestLogEvent.Request(
                method, path, "a=1", Map.of("Authorization", RequestLogEvent.MASK), "", false),
            new RequestLogEvent.Response(
                status, Map.of("Content-Type", "application/json"), "{}", false),
            12,
            status == 500
                ? new RequestLogEvent.Chaos(0, true, Fault.HTTP_ERROR)
                : RequestLogEvent.Chaos.NONE);
    append(Map.of(RequestHistoryStore.FIELD, json.writeValueAsString(event)));
  }

  private void append(Map<String, String> fields) {
    redis
        .opsForStream()
        .add(StreamRecords.string(fields).withStreamKey(RedisKeys.history(projectKey)));
  }

  private static List<String> ids(JsonNode events) {
    return events.valueStream().map(event -> event.path("id").asString()).toList();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
