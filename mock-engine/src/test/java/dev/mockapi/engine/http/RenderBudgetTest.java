package dev.mockapi.engine.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.engine.EngineIntegrationTest;
import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.MockClient;
import dev.mockapi.engine.support.Project;
import dev.mockapi.model.StateAction;
import dev.mockapi.model.StateBinding;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A response whose templates would render past the render budget answers {@code render-failed}
 * quickly, and the engine keeps serving everyone else.
 */
class RenderBudgetTest extends EngineIntegrationTest {

  // Milliseconds on a quiet machine; loose, as the suite shares a busy one. The bombs this guards
  // against ran the engine out of memory.
  private static final Duration QUICKLY = Duration.ofSeconds(5);
  private static final String BIG_BODY = "b".repeat(100_000);

  private Project bombs() {
    Project project = newProject();
    Endpoint headers = Endpoint.of(3, "GET", "/headers").body("small");
    for (int i = 0; i < 5; i++) {
      // each header alone is 300 999 characters; five of them pass the response's budget
      headers = headers.header("X-Bomb-" + i, "{{#repeat 1000}}" + "h".repeat(300) + "{{/repeat}}");
    }
    serve(
        project.table(
            1,
            Endpoint.of(1, "POST", "/echo")
                .json("[{{#repeat 1000}}\"{{request.body}}\"{{/repeat}}]"),
            Endpoint.of(2, "GET", "/text")
                .json("[{{#repeat 1000}}\"{{Faker.text(10000)}}\"{{/repeat}}]"),
            headers,
            Endpoint.of(4, "GET", "/items")
                .state(new StateBinding("items", StateAction.LIST))
                .json("[{{#repeat 1000}}{{state.items}}{{/repeat}}]"),
            Endpoint.of(5, "POST", "/items").state(new StateBinding("items", StateAction.CREATE)),
            Endpoint.of(6, "GET", "/fine").json("{\"ok\": true}")));
    return project;
  }

  private void assertRenderFailedQuickly(HttpRequest request) {
    long start = System.nanoTime();

    HttpResponse<String> response = mock.send(request);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(QUICKLY);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(500);
    assertThat(MockClient.json(response).path("type").asString())
        .isEqualTo("urn:mockapi:problem:render-failed");
    assertThat(MockClient.json(response).path("detail").asString()).contains("larger than");
    assertThat(MockClient.json(response).path("endpointId").asLong()).isPositive();
  }

  @Test
  void responsesPastTheRenderBudgetAnswerRenderFailedQuickly() {
    Project project = bombs();
    HttpResponse<String> created =
        mock.send("POST", project.path("/items"), "{\"text\": \"" + "s".repeat(20_000) + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

    assertRenderFailedQuickly(
        mock.request(project.path("/echo"))
            .POST(HttpRequest.BodyPublishers.ofString(BIG_BODY))
            .build());
    assertRenderFailedQuickly(mock.request(project.path("/text")).build());
    assertRenderFailedQuickly(mock.request(project.path("/headers")).build());
    assertRenderFailedQuickly(mock.request(project.path("/items")).build());
  }

  @Test
  void theEngineKeepsServingDuringAndAfterBombs() {
    Project project = bombs();
    Project bystander = newProject();
    serve(bystander.table(1, Endpoint.of(1, "GET", "/hello").body("hello")));
    HttpRequest bomb =
        mock.request(project.path("/echo"))
            .POST(HttpRequest.BodyPublishers.ofString(BIG_BODY))
            .build();

    var attacks =
        IntStream.range(0, 20).mapToObj(i -> CompletableFuture.supplyAsync(() -> mock.send(bomb)));
    var answers = attacks.toList();
    HttpResponse<String> during = mock.get(bystander.path("/hello"));

    assertThat(answers).allSatisfy(answer -> assertThat(answer.join().statusCode()).isEqualTo(500));
    assertThat(during.body()).isEqualTo("hello");
    assertThat(mock.get(bystander.path("/hello")).statusCode()).isEqualTo(200);
    assertThat(mock.get(project.path("/fine")).statusCode()).isEqualTo(200);
  }

  @Test
  void aStoredTemplateThisVersionRefusesFailsAloneAndTheProjectsOtherEndpointsAreServed() {
    Project project = newProject();
    // Saved before the render budget existed: its worst case is a million steps.
    String stale = "[{{#repeat 1000}}[{{#repeat 1000}}1{{/repeat}}]{{/repeat}}]";
    serve(
        project.table(
            1,
            Endpoint.of(1, "GET", "/stale").json(stale),
            Endpoint.of(2, "GET", "/stale-header").body("ok").header("X-Stale", stale),
            Endpoint.of(3, "GET", "/fine").json("{\"ok\": true}")));

    HttpResponse<String> fine = mock.get(project.path("/fine"));
    HttpResponse<String> body = mock.get(project.path("/stale"));
    HttpResponse<String> header = mock.get(project.path("/stale-header"));

    assertThat(fine.statusCode()).as(fine.body()).isEqualTo(200);
    for (HttpResponse<String> refused : List.of(body, header)) {
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(500);
      assertThat(MockClient.json(refused).path("type").asString())
          .isEqualTo("urn:mockapi:problem:render-failed");
      assertThat(MockClient.json(refused).path("detail").asString()).contains("no longer compiles");
    }
  }
}
