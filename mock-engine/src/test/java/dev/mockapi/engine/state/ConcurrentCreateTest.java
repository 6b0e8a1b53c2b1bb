package dev.mockapi.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.engine.EngineIntegrationTest;
import dev.mockapi.engine.http.MockServer;
import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.Engines;
import dev.mockapi.engine.support.MockClient;
import dev.mockapi.engine.support.Project;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Ids stay unique however many clients and engines create at once: Redis assigns them. */
class ConcurrentCreateTest extends EngineIntegrationTest {

  @Test
  void twoHundredConcurrentCreatesGetTwoHundredDistinctIds() {
    Project project = newProject();
    serve(project.table(1, Endpoint.crud(1, "orders")));

    Set<Long> ids = createAll(List.of(mock), project, 200);

    assertThat(ids).hasSize(200);
    assertThat(ids).allMatch(id -> id >= 1 && id <= 200);
    assertThat(mock.get(project.path("/orders?_limit=1")).headers().firstValue("X-Total-Count"))
        .hasValue("200");
  }

  @Test
  void createsSplitAcrossTwoEnginesOnOneRedisGetDistinctIds() {
    Project project = newProject();
    serve(project.table(1, Endpoint.crud(1, "orders")));
    try (ConfigurableApplicationContext second = Engines.start()) {
      MockClient other = new MockClient(second.getBean(MockServer.class).port());

      Set<Long> ids = createAll(List.of(mock, other), project, 200);

      assertThat(ids).hasSize(200);
      assertThat(MockClient.json(other.get(project.path("/orders/200"))).path("id").asLong())
          .isEqualTo(200);
    }
  }

  /** Sends {@code count} creates at once, alternating between the engines; answers their ids. */
  private static Set<Long> createAll(List<MockClient> engines, Project project, int count) {
    List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      MockClient engine = engines.get(i % engines.size());
      pending.add(
          engine.sendAsync(
              engine
                  .request(project.path("/orders"))
                  .POST(HttpRequest.BodyPublishers.ofString("{\"n\":" + i + "}"))
                  .build()));
    }
    Set<Long> ids = new HashSet<>();
    for (CompletableFuture<HttpResponse<String>> response : pending) {
      HttpResponse<String> done = response.join();
      assertThat(done.statusCode()).isEqualTo(201);
      ids.add(MockClient.json(done).path("id").asLong());
    }
    return ids;
  }
}
