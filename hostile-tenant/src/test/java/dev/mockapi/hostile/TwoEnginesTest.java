package dev.mockapi.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Two engine processes on one Redis, as two replicas behind a load balancer run: state written
 * through one is read through the other, a route change reaches both within a second, concurrent
 * creates across both get unique ids, and the live inspector shows the calls of both.
 */
@ExtendWith(StackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(3)
class TwoEnginesTest {

  private Stack stack;
  private Tenant tenant;
  private List<URI> engines;

  @BeforeAll
  void tenant(Stack stack) {
    this.stack = stack;
    tenant = Tenant.signUp(stack, "replicas");
    engines = List.of(stack.engine, stack.secondEngine);
  }

  private void createResource(String name) {
    Api.Answer created =
        tenant.api(
            "POST",
            "/api/projects/" + tenant.projectId + "/resources",
            Api.json(Map.of("name", name, "seedCount", 0)));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    for (URI engine : engines) {
      awaitServed(engine, "/" + name, body -> true);
    }
  }

  /** Polls {@code engine} until {@code path} answers 200 with a body {@code accepted} takes. */
  private Duration awaitServed(URI engine, String path, Predicate<String> accepted) {
    long start = System.nanoTime();
    long deadline = start + Duration.ofSeconds(10).toNanos();
    Api.Answer answer = get(engine, path);
    while (!(answer.status() == 200 && accepted.test(answer.text()))
        && System.nanoTime() < deadline) {
      answer = get(engine, path);
    }
    assertThat(answer.status()).as("GET %s on %s: %s", path, engine, answer).isEqualTo(200);
    assertThat(accepted.test(answer.text())).as("GET %s on %s: %s", path, engine, answer).isTrue();
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private Api.Answer get(URI engine, String path) {
    return tenant.mock(engine, "GET", path, null, null);
  }

  private Api.Answer post(URI engine, String path, String json) {
    return tenant.mock(engine, "POST", path, "application/json", Api.utf8(json));
  }

  @Test
  void anItemCreatedThroughOneEngineIsReadAndChangedThroughTheOther() {
    createResource("people");

    Api.Answer created = post(stack.engine, "/people", "{\"name\": \"Ada Lovelace\"}");
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    long id = created.json().path("id").asLong();

    Api.Answer read = get(stack.secondEngine, "/people/" + id);
    assertThat(read.status()).as("%s", read).isEqualTo(200);
    assertThat(read.json().path("name").asString()).isEqualTo("Ada Lovelace");

    Api.Answer patched =
        tenant.mock(
            stack.secondEngine,
            "PATCH",
            "/people/" + id,
            "application/json",
            Api.utf8("{\"name\": \"Ada King\"}"));
    assertThat(patched.status()).as("%s", patched).isEqualTo(200);
    assertThat(get(stack.engine, "/people/" + id).json().path("name").asString())
        .isEqualTo("Ada King");
  }

  @Test
  void aRouteChangeIsServedByBothEnginesWithinOneSecondOfTheApiAnswer() {
    Map<String, Object> definition =
        Map.of(
            "method", "GET", "path", "/version", "response", Map.of("status", 200, "body", "v1"));
    Api.Answer saved = tenant.saveEndpoint(definition);
    assertThat(saved.status()).as("%s", saved).isEqualTo(201);
    for (URI engine : engines) {
      awaitServed(engine, "/version", "v1"::equals);
    }

    Map<String, Object> changed = new HashMap<>(definition);
    changed.put("response", Map.of("status", 200, "body", "v2"));
    changed.put("version", saved.json().path("version").asLong());
    Api.Answer updated =
        tenant.api(
            "PUT",
            "/api/projects/" + tenant.projectId + "/endpoints/" + saved.json().path("id").asLong(),
            Api.json(changed));
    assertThat(updated.status()).as("%s", updated).isEqualTo(200);

    for (URI engine : engines) {
      assertThat(awaitServed(engine, "/version", "v2"::equals))
          .as("v2 served by %s after the update answered", engine)
          .isLessThan(Duration.ofSeconds(1));
    }
  }

  @Test
  void concurrentCreatesAcrossBothEnginesAllGetUniqueIds() throws Exception {
    createResource("orders");
    int perEngine = 40;
    List<Callable<Api.Answer>> creates = new ArrayList<>();
    for (int i = 0; i < perEngine; i++) {
      for (URI engine : engines) {
        int n = i;
        creates.add(() -> post(engine, "/orders", "{\"n\": " + n + "}"));
      }
    }
    Set<Long> ids = new HashSet<>();
    try (ExecutorService callers = Executors.newFixedThreadPool(8)) {
      for (Future<Api.Answer> result : callers.invokeAll(creates)) {
        Api.Answer created = result.get();
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        ids.add(created.json().path("id").asLong());
      }
    }

    assertThat(ids).hasSize(2 * perEngine);
    for (URI engine : engines) {
      JsonNode listed = get(engine, "/orders").json();
      assertThat(listed.size()).as("items listed by %s", engine).isEqualTo(2 * perEngine);
    }
  }

  @Test
  void theLiveInspectorShowsTheCallsOfBothEngines() {
    Api.Answer saved =
        tenant.saveEndpoint(
            Map.of(
                "method",
                "GET",
                "path",
                "/seen/{who}",
                "response",
                Map.of("status", 200, "body", "seen")));
    assertThat(saved.status()).as("%s", saved).isEqualTo(201);
    for (URI engine : engines) {
      awaitServed(engine, "/seen/warm-up", "seen"::equals);
    }

    try (StompSocket inspector = StompSocket.connect(stack.manager, tenant.token)) {
      inspector.subscribe("logs", "/topic/projects/" + tenant.projectId + "/logs");
      for (int i = 0; i < engines.size(); i++) {
        // A subscription takes effect a moment after SUBSCRIBE: call until the inspector shows it.
        String path = "/seen/engine-" + (i + 1);
        String event = null;
        for (int attempt = 0; attempt < 20 && event == null; attempt++) {
          assertThat(get(engines.get(i), path).status()).isEqualTo(200);
          event =
              inspector.awaitMessageContaining("\"path\":\"" + path + "\"", Duration.ofMillis(500));
        }
        assertThat(event)
            .as("the inspector shows %s served by %s", path, engines.get(i))
            .isNotNull();
      }
    }
  }
}
