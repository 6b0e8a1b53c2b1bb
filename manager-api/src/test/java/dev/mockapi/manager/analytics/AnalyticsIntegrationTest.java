package dev.mockapi.manager.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import dev.mockapi.manager.IntegrationTest;
import dev.mockapi.model.RedisKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Analytics as the engine leaves them in Redis, summed over a window by the manager. */
class AnalyticsIntegrationTest extends IntegrationTest {

  private Account owner;
  private long projectId;
  private String projectKey;
  private long users;
  private long orders;
  private long deleted;
  private String analytics;
  private long minute;

  @BeforeEach
  void projectWithTraffic() {
    owner = signUp("owner");
    var project = createProject(owner, createOrg(owner, "Org"), "Shop");
    projectId = project.id();
    projectKey = project.text("projectKey");
    users = createEndpoint(owner, projectId, "GET", "/users/{id}").id();
    orders = createEndpoint(owner, projectId, "POST", "/orders").id();
    deleted = createEndpoint(owner, projectId, "GET", "/gone").id();
    api.delete("/api/projects/" + projectId + "/endpoints/" + deleted, owner.token());
    analytics = "/api/projects/" + projectId + "/analytics";
    minute = Instant.now().getEpochSecond() / 60;
    // Latencies: 2 calls up to 5 ms, 4 up to 10, 4 up to 50, 10 up to 100.
    minuteHash(
        minute - 5,
        Map.of(
            users + ":requests",
            "8",
            users + ":2xx",
            "6",
            users + ":5xx",
            "2",
            users + ":chaos",
            "2",
            users + ":le10",
            "4",
            users + ":le50",
            "4",
            "unmatched:requests",
            "1",
            "unmatched:4xx",
            "1",
            "unmatched:le5",
            "1"));
    minuteHash(
        minute - 1,
        Map.of(
            orders + ":requests", "10",
            orders + ":2xx", "5",
            orders + ":4xx", "3",
            orders + ":noresponse", "2",
            orders + ":chaos", "2",
            orders + ":le100", "10",
            deleted + ":requests", "1",
            deleted + ":2xx", "1",
            deleted + ":le5", "1"));
    minuteHash(minute - 90, Map.of(users + ":requests", "100", users + ":le5", "100"));
  }

  @AfterEach
  void removeAnalytics() {
    redis.delete(redis.keys(RedisKeys.analyticsPrefix(projectKey) + "*"));
  }

  private void minuteHash(long epochMinute, Map<String, String> fields) {
    redis.opsForHash().putAll(RedisKeys.analyticsMinute(projectKey, epochMinute), fields);
  }

  private void hourHash(long epochHour, Map<String, String> fields) {
    redis.opsForHash().putAll(RedisKeys.analyticsHour(projectKey, epochHour), fields);
  }

  private static JsonNode pointAt(JsonNode series, Instant time) {
    return series
        .valueStream()
        .filter(point -> point.path("time").asString().equals(time.toString()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theLastHourSumsItsMinutesWithPercentilesFromTheBuckets() {
    var response = api.get(analytics + "?window=1h", owner.token());

    assertThat(response.status()).as(response.text()).isEqualTo(200);
    JsonNode totals = response.body().path("totals");
    assertThat(response.text("window")).isEqualTo("1h");
    assertThat(totals.path("requests").asLong()).isEqualTo(20);
    assertThat(totals.path("status2xx").asLong()).isEqualTo(12);
    assertThat(totals.path("status3xx").asLong()).isZero();
    assertThat(totals.path("status4xx").asLong()).isEqualTo(4);
    assertThat(totals.path("status5xx").asLong()).isEqualTo(2);
    assertThat(totals.path("noResponse").asLong()).isEqualTo(2);
    assertThat(totals.path("errors").asLong()).isEqualTo(4);
    assertThat(totals.path("errorRate").asDouble()).isEqualTo(0.2);
    assertThat(totals.path("unmatched").asLong()).isEqualTo(1);
    assertThat(totals.path("chaos").asLong()).isEqualTo(4);
    assertThat(totals.path("p50").asDouble()).isEqualTo(50.0);
    assertThat(totals.path("p95").asDouble()).isEqualTo(95.0);
    assertThat(totals.path("p99").asDouble()).isEqualTo(99.0);
  }

  @Test
  void theBusiestEndpointsComeFirstAndADeletedOneHasNoMethodOrPath() {
    JsonNode top = api.get(analytics, owner.token()).body().path("topEndpoints");

    assertThat(top.size()).isEqualTo(3);
    assertThat(top.get(0).path("endpointId").asLong()).isEqualTo(orders);
    assertThat(top.get(0).path("method").asString()).isEqualTo("POST");
    assertThat(top.get(0).path("path").asString()).isEqualTo("/orders");
    assertThat(top.get(0).path("requests").asLong()).isEqualTo(10);
    assertThat(top.get(0).path("errors").asLong()).isEqualTo(2);
    assertThat(top.get(0).path("p95").asDouble()).isEqualTo(97.5);
    assertThat(top.get(1).path("endpointId").asLong()).isEqualTo(users);
    assertThat(top.get(1).path("path").asString()).isEqualTo("/users/{id}");
    assertThat(top.get(1).path("errors").asLong()).isEqualTo(2);
    assertThat(top.get(1).path("p95").asDouble()).isEqualTo(47.5);
    assertThat(top.get(2).path("endpointId").asLong()).isEqualTo(deleted);
    assertThat(top.get(2).path("method").isNull()).isTrue();
    assertThat(top.get(2).path("path").isNull()).isTrue();
  }

  @Test
  void theHourHasSixtyMinutePointsWithEmptyOnesAtZero() {
    JsonNode body = api.get(analytics, owner.token()).body();
    JsonNode series = body.path("series");

    assertThat(series.size()).isEqualTo(60);
    Instant from = Instant.parse(body.path("from").asString());
    assertThat(Instant.parse(body.path("to").asString())).isEqualTo(from.plusSeconds(3600));
    assertThat(Instant.parse(series.get(0).path("time").asString())).isEqualTo(from);
    JsonNode earlier = pointAt(series, Instant.ofEpochSecond((minute - 5) * 60));
    assertThat(earlier.path("requests").asLong()).isEqualTo(9);
    assertThat(earlier.path("errors").asLong()).isEqualTo(2);
    assertThat(earlier.path("p95").asDouble()).isCloseTo(47.2, within(0.1));
    JsonNode later = pointAt(series, Instant.ofEpochSecond((minute - 1) * 60));
    assertThat(later.path("requests").asLong()).isEqualTo(11);
    assertThat(later.path("errors").asLong()).isEqualTo(2);
    assertThat(series.valueStream().filter(point -> point.path("requests").asLong() != 0))
        .hasSize(2);
    JsonNode empty = pointAt(series, Instant.ofEpochSecond((minute - 3) * 60));
    assertThat(empty.path("requests").asLong()).isZero();
    assertThat(empty.path("errors").asLong()).isZero();
    assertThat(empty.path("p95").asDouble()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"24h", "7d"})
  void longerWindowsSumTheHoursOnePointPerHour(String window) {
    long hour = minute / 60;
    hourHash(hour - 2, Map.of(users + ":requests", "30", users + ":5xx", "3"));
    hourHash(hour - 200, Map.of(users + ":requests", "1000"));

    JsonNode body = api.get(analytics + "?window=" + window, owner.token()).body();

    int hours = window.equals("24h") ? 24 : 168;
    assertThat(body.path("series").size()).isEqualTo(hours);
    assertThat(Instant.parse(body.path("to").asString()))
        .isEqualTo(Instant.parse(body.path("from").asString()).plusSeconds(hours * 3600L));
    assertThat(body.path("totals").path("requests").asLong()).isEqualTo(30);
    assertThat(body.path("totals").path("errorRate").asDouble()).isEqualTo(0.1);
    JsonNode point = pointAt(body.path("series"), Instant.ofEpochSecond((hour - 2) * 3600));
    assertThat(point.path("requests").asLong()).isEqualTo(30);
    assertThat(point.path("errors").asLong()).isEqualTo(3);
  }

  @Test
  void theWindowIsAnHourWhenNotGiven() {
    assertThat(api.get(analytics, owner.token()).text("window")).isEqualTo("1h");
  }

  @Test
  void aProjectWithoutTrafficHasZerosEverywhere() {
    long quiet = createProject(owner, createOrg(owner, "Quiet"), "Quiet").id();

    var response = api.get("/api/projects/" + quiet + "/analytics", owner.token());

    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(response.body().path("totals").path("requests").asLong()).isZero();
    assertThat(response.body().path("totals").path("errorRate").asDouble()).isZero();
    assertThat(response.body().path("topEndpoints").isEmpty()).isTrue();
    assertThat(response.body().path("series").size()).isEqualTo(60);
  }

  @ParameterizedTest(name = "window={0}")
  @ValueSource(strings = {"2h", "1H", "30d", "week"})
  void anUnknownWindowIsA400NamingTheField(String window) {
    var response = api.get(analytics + "?window=" + window, owner.token());

    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.text("type")).isEqualTo("urn:mockapi:problem:validation");
    assertThat(response.body().path("errors").findValuesAsString("field"))
        .containsExactly("window");
  }

  @Test
  void anotherOrganizationsProjectAnalyticsAreNotFound() {
    Account outsider = signUp("outsider");
    createProject(outsider, createOrg(outsider, "Other"), "Other");

    var response = api.get(analytics, outsider.token());

    assertThat(response.status()).as(response.text()).isEqualTo(404);
    assertThat(response.text("type")).isEqualTo("urn:mockapi:problem:not-found");
  }

  @Test
  void deletingTheProjectRemovesItsAnalytics() {
    hourHash(minute / 60, Map.of(users + ":requests", "1"));

    var response = api.delete("/api/projects/" + projectId, owner.token());

    assertThat(response.status()).as(response.text()).isEqualTo(204);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> redis.keys(RedisKeys.analyticsPrefix(projectKey) + "*").isEmpty());
  }
}
