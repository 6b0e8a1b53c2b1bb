package dev.mockapi.manager.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.manager.IntegrationTest;
import dev.mockapi.manager.support.Api;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EndpointIntegrationTest extends IntegrationTest {

  private Account editor;
  private long projectId;
  private String endpoints;

  @BeforeEach
  void project() {
    editor = signUp("editor");
    projectId = createProject(editor, createOrg(editor, "Org"), "Shop").id();
    endpoints = "/api/projects/" + projectId + "/endpoints";
  }

  static Stream<Arguments> invalidDefinitions() {
    return Stream.of(
        Arguments.of(Map.of("path", "/a"), "method"),
        Arguments.of(Map.of("method", "FETCH", "path", "/a"), "method"),
        Arguments.of(Map.of("method", "GET"), "path"),
        Arguments.of(Map.of("method", "GET", "path", "no-slash"), "path"),
        Arguments.of(Map.of("method", "GET", "path", "/a/**/b"), "path"),
        Arguments.of(Map.of("method", "GET", "path", "/a/{bad name}"), "path"),
        Arguments.of(
            Map.of("method", "GET", "path", "/a", "description", "d".repeat(1001)), "description"),
        Arguments.of(Map.of("method", "GET", "path", "/a", "priority", 10_001), "priority"),
        Arguments.of(
            Map.of("method", "GET", "path", "/a", "response", Map.of("status", 99)),
            "response.status"),
        Arguments.of(
            Map.of("method", "GET", "path", "/a", "response", Map.of("status", 600)),
            "response.status"),
        Arguments.of(
            Map.of("method", "GET", "path", "/a", "response", Map.of("headers", manyHeaders(51))),
            "response.headers"),
        Arguments.of(
            Map.of(
                "method",
                "GET",
                "path",
                "/a",
                "response",
                Map.of("headers", Map.of("Bad Header", "x"))),
            "response.headers.Bad Header"),
        Arguments.of(
            Map.of(
                "method",
                "GET",
                "path",
                "/a",
                "response",
                Map.of("headers", Map.of("X-A", "line\r\nbreak"))),
            "response.headers.X-A"),
        Arguments.of(
            Map.of(
                "method",
                "GET",
                "path",
                "/a",
                "response",
                Map.of("body", "x".repeat(256 * 1024 + 1))),
            "response.body"),
        Arguments.of(chaos(Map.of("failureRate", 1.5)), "chaos.failureRate"),
        Arguments.of(chaos(Map.of("failureRate", -0.1)), "chaos.failureRate"),
        Arguments.of(chaos(Map.of("failureStatus", 99)), "chaos.failureStatus"),
        Arguments.of(chaos(Map.of("fault", "explode")), "chaos.fault"),
        Arguments.of(
            chaos(Map.of("delay", Map.of("type", "fixed", "ms", 60_001))), "chaos.delay.ms"),
        Arguments.of(chaos(Map.of("delay", Map.of("type", "fixed", "ms", -1))), "chaos.delay.ms"),
        Arguments.of(
            chaos(Map.of("delay", Map.of("type", "uniform", "minMs", 500, "maxMs", 100))),
            "chaos.delay.minMs"),
        Arguments.of(
            chaos(Map.of("delay", Map.of("type", "lognormal", "medianMs", 100, "sigma", 4))),
            "chaos.delay.sigma"),
        Arguments.of(chaos(Map.of("delay", Map.of("type", "gaussian", "ms", 1))), "chaos.delay"),
        Arguments.of(
            Map.of(
                "method",
                "GET",
                "path",
                "/a",
                "state",
                Map.of("collection", "a b", "action", "list")),
            "state.collection"),
        Arguments.of(
            Map.of(
                "method",
                "GET",
                "path",
                "/a",
                "state",
                Map.of("collection", "users", "action", "upsert")),
            "state.action"),
        Arguments.of(
            Map.of("method", "GET", "path", "/a", "state", Map.of("collection", "users")),
            "state.action"),
        Arguments.of(
            Map.of(
                "method",
                "GET",
                "path",
                "/users",
                "state",
                Map.of("collection", "users", "action", "get")),
            "path"));
  }

  @ParameterizedTest(name = "{1} is checked: {0}")
  @MethodSource("invalidDefinitions")
  void invalidFieldIsNamedInA400Problem(Map<String, Object> definition, String field) {
    var response = api.post(endpoints, editor.token(), definition);

    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.text("type")).isEqualTo("urn:mockapi:problem:validation");
    assertThat(response.body().path("errors").findValuesAsString("field")).contains(field);
    assertThat(api.get(endpoints, editor.token()).body().size()).as("nothing was stored").isZero();
  }

  @Test
  void everyInvalidFieldIsListedAtOnce() {
    var response =
        api.post(
            endpoints,
            editor.token(),
            Map.of("method", "NOPE", "path", "x", "response", Map.of("status", 1)));

    assertThat(response.body().path("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("method", "path", "response.status");
  }

  @Test
  void malformedJsonIsA400NotA500() {
    var response = api.send("POST", endpoints, editor.token(), "{\"method\": \"GET\",");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.text("detail")).contains("not valid JSON");
  }

  @Test
  void defaultsAndNormalisationAreApplied() {
    var created = api.post(endpoints, editor.token(), Map.of("method", "get", "path", "/users/"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.text("method")).isEqualTo("GET");
    assertThat(created.text("path")).isEqualTo("/users");
    assertThat(created.body().path("enabled").asBoolean()).isTrue();
    assertThat(created.body().path("response").path("status").asInt()).isEqualTo(200);
    assertThat(created.body().path("version").asLong()).isZero();
  }

  @Test
  void fullDefinitionRoundTrips() {
    Map<String, Object> definition =
        Map.of(
            "method",
            "GET",
            "path",
            "/users/{id}",
            "description",
            "one user",
            "priority",
            5,
            "response",
            Map.of(
                "status",
                200,
                "headers",
                Map.of("Content-Type", "application/json"),
                "body",
                "{\"id\": \"{{request.path.id}}\", \"name\": \"{{Faker.name()}}\"}"),
            "chaos",
            Map.of(
                "delay",
                Map.of("type", "lognormal", "medianMs", 120, "sigma", 0.5),
                "failureRate",
                0.1,
                "failureStatus",
                503,
                "fault",
                "connection_reset"),
            "state",
            Map.of("collection", "users", "action", "get"));

    long id = api.post(endpoints, editor.token(), definition).id();
    var read = api.get(endpoints + "/" + id, editor.token());

    assertThat(read.body().path("chaos").path("delay").path("type").asString())
        .isEqualTo("lognormal");
    assertThat(read.body().path("chaos").path("fault").asString()).isEqualTo("connection_reset");
    assertThat(read.body().path("state").path("action").asString()).isEqualTo("get");
    assertThat(read.body().path("response").path("body").asString()).contains("{{Faker.name()}}");
    assertThat(read.body().path("priority").asInt()).isEqualTo(5);
  }

  @Test
  void samePatternWithOtherParameterNamesThen409() {
    createEndpoint(editor, projectId, "GET", "/users/{id}");

    var clash = api.post(endpoints, editor.token(), endpoint("GET", "/users/{userId}"));

    assertThat(clash.status()).isEqualTo(409);
    assertThat(clash.text("detail")).contains("already defined by endpoint");
    assertThat(api.post(endpoints, editor.token(), endpoint("DELETE", "/users/{id}")).status())
        .isEqualTo(201);
    assertThat(api.post(endpoints, editor.token(), endpoint("ANY", "/users/{id}")).status())
        .isEqualTo(201);
  }

  @Test
  void updateOntoAnotherEndpointsRouteThen409() {
    createEndpoint(editor, projectId, "GET", "/a");
    long b = createEndpoint(editor, projectId, "GET", "/b").id();

    var response =
        api.put(endpoints + "/" + b, editor.token(), versioned(endpoint("GET", "/a"), 0));

    assertThat(response.status()).isEqualTo(409);
  }

  @Test
  void updateWithStaleVersionThen409AndNothingIsLost() {
    long id = createEndpoint(editor, projectId, "GET", "/a").id();
    var first =
        api.put(endpoints + "/" + id, editor.token(), versioned(endpoint("GET", "/first"), 0));
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body().path("version").asLong()).isEqualTo(1);

    var stale =
        api.put(endpoints + "/" + id, editor.token(), versioned(endpoint("GET", "/second"), 0));

    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.text("type")).isEqualTo("urn:mockapi:problem:stale-version");
    assertThat(stale.text("detail")).contains("version 1, you sent 0");
    assertThat(api.get(endpoints + "/" + id, editor.token()).text("path")).isEqualTo("/first");
  }

  @Test
  void updateWithoutVersionThen400AndTheEndpointIsUnchanged() {
    long id = createEndpoint(editor, projectId, "GET", "/a").id();

    var response = api.put(endpoints + "/" + id, editor.token(), endpoint("GET", "/changed"));

    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.text("type")).isEqualTo("urn:mockapi:problem:validation");
    assertThat(response.body().path("errors").valueStream().map(e -> e.path("field").asString()))
        .containsExactly("version");
    assertThat(response.body().path("errors").get(0).path("message").asString())
        .contains("is required");
    var stored = api.get(endpoints + "/" + id, editor.token());
    assertThat(stored.text("path")).isEqualTo("/a");
    assertThat(stored.body().path("version").asLong()).isZero();
  }

  @Test
  void updateWithoutVersionListsItWithTheOtherInvalidFields() {
    long id = createEndpoint(editor, projectId, "GET", "/a").id();

    var response =
        api.put(endpoints + "/" + id, editor.token(), Map.of("method", "FETCH", "path", "/a"));

    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.body().path("errors").valueStream().map(e -> e.path("field").asString()))
        .containsExactlyInAnyOrder("version", "method");
  }

  @Test
  void concurrentUpdatesFromTheSameVersionLetExactlyOneWin() throws Exception {
    for (int round = 0; round < 5; round++) {
      long id = createEndpoint(editor, projectId, "GET", "/race-" + round).id();
      CyclicBarrier start = new CyclicBarrier(2);
      List<CompletableFuture<Api.Response>> writers = new ArrayList<>();
      for (String path : List.of("/left-" + round, "/right-" + round)) {
        writers.add(
            CompletableFuture.supplyAsync(
                () -> {
                  await(start);
                  return api.put(
                      endpoints + "/" + id, editor.token(), versioned(endpoint("GET", path), 0));
                }));
      }
      List<Integer> statuses = writers.stream().map(f -> f.join().status()).sorted().toList();

      assertThat(statuses).as("round " + round).containsExactly(200, 409);
      assertThat(api.get(endpoints + "/" + id, editor.token()).body().path("version").asLong())
          .isEqualTo(1);
    }
  }

  @Test
  void deleteRemovesTheEndpoint() {
    long id = createEndpoint(editor, projectId, "GET", "/a").id();

    assertThat(api.delete(endpoints + "/" + id, editor.token()).status()).isEqualTo(204);
    assertThat(api.get(endpoints + "/" + id, editor.token()).status()).isEqualTo(404);
    assertThat(api.delete(endpoints + "/" + id, editor.token()).status()).isEqualTo(404);
  }

  private static Map<String, Object> chaos(Map<String, Object> chaos) {
    return Map.of("method", "GET", "path", "/a", "chaos", chaos);
  }

  private static Map<String, String> manyHeaders(int n) {
    Map<String, String> headers = new HashMap<>();
    for (int i = 0; i < n; i++) {
      headers.put("X-H" + i, "v");
    }
    return headers;
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
