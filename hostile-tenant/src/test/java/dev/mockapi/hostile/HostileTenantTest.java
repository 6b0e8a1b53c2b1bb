package dev.mockapi.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant A runs each attack class of issue 14 against the real jars while tenant B's static mock
 * and one of its manager reads are called every 20 ms: every attack is refused with a typed problem
 * or cut off within its budget, B's calls all succeed with p99 under 250 ms, and neither service
 * dies or logs an unhandled error.
 */
@ExtendWith(StackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(2)
class HostileTenantTest {

  private static final String VALIDATION = "urn:mockapi:problem:validation";
  private static final String RENDER_FAILED = "urn:mockapi:problem:render-failed";
  private static final String TOO_MANY_REQUESTS = "urn:mockapi:problem:too-many-requests";

  /**
   * The bystander's p99 budget, 250 ms as issue 14 asks; {@code -Dhostile.p99-budget-ms} relaxes it
   * on a machine that other builds keep busy (at a load of 15 on 2 cores even unattacked calls
   * passed it), without touching the other assertions.
   */
  private static final long P99_BUDGET_MILLIS = Long.getLong("hostile.p99-budget-ms", 250);

  /**
   * Concurrent attack calls: as many as the 2 cores the suite is sized for. Raw volume beyond the
   * cores (no per-tenant rate limit exists) is not one of the attack classes.
   */
  private static final int ATTACKERS = 2;

  private final List<Figures> figures = new ArrayList<>();
  private Stack stack;
  private Tenant attacker;
  private Tenant bystander;

  @BeforeAll
  void tenants(Stack stack) {
    this.stack = stack;
    attacker = Tenant.signUp(stack, "attacker");
    bystander = Tenant.signUp(stack, "bystander");
    Api.Answer saved =
        bystander.saveEndpoint(
            Map.of(
                "method",
                "GET",
                "path",
                "/static",
                "response",
                Map.of("status", 200, "body", "{\"ok\": true}")));
    assertThat(saved.status()).as("%s", saved).isEqualTo(201);
    bystander.awaitServed("/static", 200);
  }

  @AfterAll
  void printFigures() throws IOException {
    if (stack == null) {
      return;
    }
    StringBuilder table = new StringBuilder();
    table.append("| Attack class | Bystander calls | p50 ms | p99 ms | max ms |\n");
    table.append("|---|---|---|---|---|\n");
    figures.forEach(row -> table.append(row.row()).append('\n'));
    System.out.println("Bystander during each attack class:\n" + table);
    Files.writeString(Path.of("target", "hostile-figures.md"), table);
    stack.assertHealthy();
  }

  /** Runs {@code attack} under the bystander's load and checks what the bystander saw. */
  private void underAttack(String attackClass, Runnable attack) {
    List<Bystander.Call> calls;
    Bystander load = new Bystander(bystander, "/static");
    try {
      attack.run();
    } finally {
      calls = load.stop();
    }
    Figures row = Figures.of(attackClass, calls);
    figures.add(row);
    for (String api : List.of("mock", "manager")) {
      Figures part =
          Figures.of(
              attackClass + " (" + api + ")",
              calls.stream().filter(call -> call.api().equals(api)).toList());
      figures.add(part);
    }
    System.out.println(row.row());
    assertThat(calls.stream().filter(call -> call.status() != 200).toList())
        .as("bystander calls that failed during %s", attackClass)
        .isEmpty();
    assertThat(row.p99()).as("bystander p99 during %s", attackClass).isLessThan(P99_BUDGET_MILLIS);
    stack.assertHealthy();
  }

  private static void assertProblem(Api.Answer answer, int status, String type, String variant) {
    assertThat(answer.status()).as("%s: %s", variant, answer).isEqualTo(status);
    assertThat(answer.isProblem()).as("%s is a problem: %s", variant, answer).isTrue();
    assertThat(answer.problemType()).as("%s: %s", variant, answer).isEqualTo(type);
  }

  /**
   * Template shapes whose worst case passes the render budget: each is refused before rendering.
   */
  private static final Map<String, String> TEMPLATE_BOMBS =
      Map.of(
          "empty body, three deep",
          "{{#repeat 1000}}{{#repeat 1000}}{{#repeat 1000}}{{/repeat}}{{/repeat}}{{/repeat}}",
          "separators only, two deep",
          "{{#repeat 1000}}{{#repeat 1000}}{{/repeat}}{{/repeat}}",
          "tiny body, sixteen deep",
          "{{#repeat 3}}".repeat(16) + "x" + "{{/repeat}}".repeat(16),
          "wide and deep",
          "{{#repeat 2}}".repeat(12) + "y".repeat(4096) + "{{/repeat}}".repeat(12),
          "random counts",
          "{{#repeat 0 1000}}{{#repeat 0 1000}}{{@index}}{{/repeat}}{{/repeat}}",
          "Faker calls",
          "{{#repeat 1000}}{{#repeat 50}}{{Faker.name()}}{{/repeat}}{{/repeat}}",
          "seventeen deep",
          "{{#repeat 1}}".repeat(17) + "z" + "{{/repeat}}".repeat(17),
          "if branches",
          "{{#repeat 1000}}{{#if request.query.a}}{{#repeat 1000}}a{{/repeat}}{{else}}b{{/if}}{{/repeat}}");

  @Test
  @Order(1)
  void templateBombsAreRefusedInPreviewOnSaveAndWhenAStoredEndpointRenders() {
    underAttack(
        "template bombs",
        () -> {
          TEMPLATE_BOMBS.forEach(
              (variant, template) -> {
                Api.Answer preview =
                    attacker.api(
                        "POST", "/api/templates/preview", Api.json(Map.of("template", template)));
                assertProblem(preview, 400, VALIDATION, "preview, " + variant);
                Api.Answer body =
                    attacker.saveEndpoint(
                        Map.of(
                            "method",
                            "GET",
                            "path",
                            "/bomb",
                            "response",
                            Map.of("body", template)));
                assertProblem(body, 400, VALIDATION, "saved body, " + variant);
                Api.Answer header =
                    attacker.saveEndpoint(
                        Map.of(
                            "method",
                            "GET",
                            "path",
                            "/bomb",
                            "response",
                            Map.of("headers", Map.of("X-Bomb", template))));
                assertProblem(header, 400, VALIDATION, "saved header, " + variant);
              });
          previewsOfAnEchoedBodyStopAtTheBudget();
          storedEndpointsStopAtTheBudgetWhenTheyRender();
        });
  }

  /** Only the request decides how large these get: the render stops at 1 MiB. */
  private void previewsOfAnEchoedBodyStopAtTheBudget() {
    String large = "e".repeat(200_000);
    for (String template :
        List.of(
            "{{#repeat 1000}}{{request.body}}{{/repeat}}",
            "{{#repeat 100}}{{#repeat 10}}{{request.body.a}}{{/repeat}}{{/repeat}}",
            "{{#repeat 1000}}{{request.query.q}}{{request.headers.X-Big}}{{/repeat}}")) {
      Api.Answer preview =
          attacker.api(
              "POST",
              "/api/templates/preview",
              Api.json(
                  Map.of(
                      "template",
                      template,
                      "request",
                      Map.of(
                          "body",
                          "{\"a\": \"" + large + "\"}",
                          "query",
                          Map.of("q", "q".repeat(8000)),
                          "headers",
                          Map.of("X-Big", "h".repeat(8000))))));
      assertProblem(preview, 400, VALIDATION, "preview echoing the request, " + template);
    }
  }

  private void storedEndpointsStopAtTheBudgetWhenTheyRender() {
    Api.Answer saved =
        attacker.saveEndpoint(
            Map.of(
                "method",
                "POST",
                "path",
                "/echo",
                "response",
                Map.of("body", "{{#repeat 1000}}{{request.body}}{{/repeat}}")));
    assertThat(saved.status()).as("%s", saved).isEqualTo(201);
    Api.Answer query =
        attacker.saveEndpoint(
            Map.of(
                "method",
                "GET",
                "path",
                "/echo-query",
                "response",
                Map.of(
                    "body",
                    "{{#repeat 1000}}{{request.query.q}}{{/repeat}}",
                    "headers",
                    Map.of("X-Echo", "{{#repeat 1000}}{{request.query.q}}{{/repeat}}"))));
    assertThat(query.status()).as("%s", query).isEqualTo(201);
    attacker.awaitServed("/echo-query?q=a", 200);
    for (int size : List.of(2_000, 100_000, 1_000_000)) {
      Api.Answer call = attacker.mock("POST", "/echo", "text/plain", Api.utf8("b".repeat(size)));
      assertProblem(call, 500, RENDER_FAILED, "stored echo of a " + size + " byte body");
      assertThat(call.millis()).as("stored echo of %d bytes is cut off", size).isLessThan(2_000);
    }
    Api.Answer call = attacker.mock("/echo-query?q=" + "c".repeat(7_000));
    assertProblem(call, 500, RENDER_FAILED, "stored echo of a long query");
    // Faker values are counted as they render, not when saved: this one is saved, then cut off.
    Api.Answer faker =
        attacker.saveEndpoint(
            Map.of(
                "method",
                "GET",
                "path",
                "/faker-text",
                "response",
                Map.of("body", "{{#repeat 1000}}{{Faker.text(10000)}}{{/repeat}}")));
    assertThat(faker.status()).as("%s", faker).isEqualTo(201);
    attacker.awaitServed("/faker-text", 500);
    for (int i = 0; i < 10; i++) {
      Api.Answer text = attacker.mock("/faker-text");
      assertProblem(text, 500, RENDER_FAILED, "stored Faker text over the budget");
      assertThat(text.millis()).as("Faker text is cut off").isLessThan(2_000);
    }
  }

  @Test
  @Order(2)
  void regexFiltersAnswerAtOnceWhateverThePattern() {
    Api.Answer resource =
        attacker.api(
            "POST",
            "/api/projects/" + attacker.projectId + "/resources",
            Api.json(Map.of("name", "books", "seedCount", 200)));
    assertThat(resource.status()).as("%s", resource).isEqualTo(201);
    attacker.awaitServed("/books", 200);
    List<String> patterns =
        List.of(
            "((){1000}){1000}",
            "(((){1000}){1000}){1000}",
            "(a*)*b",
            "(a|a)*c",
            "(a|aa)+$",
            "(.*a){20}",
            // 1 000 ways: longer ones pass the engine's 8 192-character request line (414).
            String.join("|", java.util.Collections.nCopies(1000, "abc")) + "|zzz",
            "(a+)\\1+x",
            "(?:x*)*y".repeat(50),
            "[" + "a-z".repeat(1000) + "]*!");
    underAttack(
        "regex filters",
        () -> {
          for (String pattern : patterns) {
            for (String filter : List.of("name_like", "q")) {
              String query =
                  filter
                      + "="
                      + java.net.URLEncoder.encode(
                          pattern, java.nio.charset.StandardCharsets.UTF_8);
              Api.Answer answer = attacker.mock("/books?" + query);
              assertThat(answer.status()).as("%s=%s: %s", filter, pattern, answer).isIn(200, 400);
              if (answer.status() == 400) {
                assertProblem(answer, 400, "urn:mockapi:problem:invalid-query", pattern);
              }
              assertThat(answer.millis()).as("%s=%s", filter, pattern).isLessThan(2_000);
            }
          }
        });
  }

  @Test
  @Order(3)
  void loginsWithHugeOrDeepOrManyEmailsAreRefusedBeforeAnyWork() {
    underAttack(
        "login memory",
        () -> {
          List<String> bodies =
              List.of(
                  Api.json(Map.of("email", "a".repeat(1_500_000) + "@x.io", "password", "p")),
                  Api.json(Map.of("email", "a".repeat(255) + "@x.io", "password", "password1")),
                  Api.json(Map.of("email", "v@x.io", "password", "p".repeat(1_000_000))),
                  Api.json(Map.of("email", "v@x.io", "password", "é".repeat(40))),
                  "{\"email\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}",
                  "{\"email\":\"v@x.io\",\"password\":\"x\",\"a\":"
                      + "{\"a\":".repeat(5_000)
                      + "1"
                      + "}".repeat(5_000)
                      + "}",
                  "{\"email\":\"v@x.io\",\"password\":\"x\",\"n\":1" + "0".repeat(100_000) + "}");
          try (ExecutorService pool = Executors.newFixedThreadPool(ATTACKERS)) {
            List<Future<Api.Answer>> answers = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
              for (String body : bodies) {
                answers.add(pool.submit(() -> login(body)));
              }
            }
            for (Future<Api.Answer> answer : answers) {
              assertProblem(answer.get(), 400, VALIDATION, "oversized login");
            }
            // Distinct well-formed emails: the throttle keeps a bounded hash of each, then the
            // address budget answers 429 for the rest.
            answers.clear();
            for (int i = 0; i < 400; i++) {
              String email = "spray-" + i + "-" + "s".repeat(200) + "@example.com";
              answers.add(
                  pool.submit(
                      () -> login(Api.json(Map.of("email", email, "password", "wrong-password")))));
            }
            int throttled = 0;
            for (Future<Api.Answer> future : answers) {
              Api.Answer answer = future.get();
              assertThat(answer.status()).as("%s", answer).isIn(401, 429);
              assertThat(answer.isProblem()).as("%s", answer).isTrue();
              if (answer.status() == 429) {
                assertThat(answer.problemType()).isEqualTo(TOO_MANY_REQUESTS);
                throttled++;
              }
            }
            assertThat(throttled).as("logins answered 429 by the address budget").isPositive();
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  private Api.Answer login(String body) {
    return Api.send(
        "POST",
        java.net.URI.create(stack.manager + "/api/auth/login"),
        Map.of(),
        "application/json",
        Api.utf8(body));
  }

  @Test
  @Order(8) // last: it fills the attacker's project, org and account to their quotas
  void quotasRefuseWithATypedProblem() {
    underAttack(
        "quotas",
        () -> {
          Api.Answer refused = null;
          for (int i = 0; i < 5_000 && refused == null; i++) {
            Api.Answer answer =
                attacker.saveEndpoint(Map.of("method", "GET", "path", "/quota/" + i));
            if (answer.status() != 201) {
              refused = answer;
            }
          }
          assertThat(refused).as("an endpoint past the quota is refused").isNotNull();
          assertProblem(refused, 409, "urn:mockapi:problem:quota-exceeded", "endpoints");
          refused =
              firstRefused(
                  () ->
                      attacker.api(
                          "POST",
                          "/api/orgs/" + attacker.orgId + "/projects",
                          Api.json(Map.of("name", "p"))),
                  1_000);
          assertProblem(refused, 409, "urn:mockapi:problem:quota-exceeded", "projects");
          refused =
              firstRefused(
                  () -> attacker.api("POST", "/api/orgs", Api.json(Map.of("name", "o"))), 1_000);
          assertProblem(refused, 409, "urn:mockapi:problem:quota-exceeded", "orgs");
        });
  }

  private static Api.Answer firstRefused(Supplier<Api.Answer> call, int attempts) {
    for (int i = 0; i < attempts; i++) {
      Api.Answer answer = call.get();
      if (answer.status() != 201) {
        return answer;
      }
    }
    throw new AssertionError("no quota after " + attempts + " creates");
  }

  @Test
  @Order(5)
  void unmatchedCallsInAProjectOfManyLongRoutesAnswerAtOnce() {
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      List<Future<Api.Answer>> saves = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        String path = "/near/" + "segment-".repeat(55) + i + "/{id}";
        saves.add(pool.submit(() -> attacker.saveEndpoint(Map.of("method", "GET", "path", path))));
      }
      for (Future<Api.Answer> save : saves) {
        assertThat(save.get().status()).as("%s", save.get()).isEqualTo(201);
      }
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    attacker.awaitServed("/near/" + "segment-".repeat(55) + "299/1", 200);
    underAttack(
        "404 amplification",
        () -> {
          try (ExecutorService pool = Executors.newFixedThreadPool(ATTACKERS)) {
            List<Future<Api.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
              String path =
                  switch (i % 4) {
                    case 0 -> "/near/" + "segment-".repeat(55) + "x" + i;
                    case 1 -> "/near/" + "segmant-".repeat(55) + i + "/1";
                    case 2 -> "/" + "z".repeat(7_000);
                    default -> "/near/" + "s/".repeat(2_000);
                  };
              answers.add(pool.submit(() -> attacker.mock(path)));
            }
            for (Future<Api.Answer> future : answers) {
              Api.Answer answer = future.get();
              assertProblem(answer, 404, "urn:mockapi:problem:no-matching-endpoint", "unmatched");
              assertThat(answer.json().path("nearest").size()).isLessThanOrEqualTo(3);
              assertThat(answer.millis()).as("an unmatched call").isLessThan(1_000);
            }
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  @Order(6)
  void aFloodOfSubscriptionsOnOneSocketIsCapped() {
    underAttack(
        "STOMP subscription flood",
        () -> {
          try (StompSocket socket = StompSocket.connect(stack.manager, attacker.token)) {
            for (int i = 0; i < 500; i++) {
              socket.subscribe("s" + i, "/topic/projects/" + attacker.projectId + "/logs");
            }
            attacker.mock("/unmatched-for-the-inspector");
            StompSocket.Received received = socket.receiveFor(java.time.Duration.ofSeconds(2));
            assertThat(received.errors() > 0 || received.messages() <= 100)
                .as("500 subscriptions: %s", received)
                .isTrue();
          }
        });
  }

  @Test
  @Order(7)
  void largeBodiesDoNotFloodTheLogQueue() {
    Api.Answer saved =
        attacker.saveEndpoint(
            Map.of(
                "method", "ANY", "path", "/sink", "response", Map.of("body", "x".repeat(200_000))));
    assertThat(saved.status()).as("%s", saved).isEqualTo(201);
    attacker.awaitServed("/sink", 200);
    underAttack(
        "log-queue flood",
        () -> {
          byte[] body = new byte[1_000_000];
          java.util.Arrays.fill(body, (byte) 'l');
          byte[] over = new byte[1_100_000];
          try (ExecutorService pool = Executors.newFixedThreadPool(ATTACKERS)) {
            List<Future<Api.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
              answers.add(pool.submit(() -> attacker.mock("POST", "/sink", "text/plain", body)));
            }
            for (int i = 0; i < 20; i++) {
              answers.add(pool.submit(() -> attacker.mock("POST", "/sink", "text/plain", over)));
            }
            for (Future<Api.Answer> future : answers) {
              Api.Answer answer = future.get();
              if (answer.status() != 200) {
                assertProblem(
                    answer, 413, "urn:mockapi:problem:payload-too-large", "over 1 MB body");
              }
            }
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }
}
