package dev.mockapi.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.engine.EngineIntegrationTest;
import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.Project;
import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.DelaySpec;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stateful answers complete on Lettuce's thread, delayed ones after a timer, the health check after
 * a Redis ping on another thread: the next request on the same keep-alive connection must still be
 * answered.
 */
class KeepAliveTest extends EngineIntegrationTest {

  @Test
  void aPlainRequestAfterAStatefulOneOnTheSameConnectionIsAnswered() {
    Project project = newProject();
    List<Endpoint> endpoints = new ArrayList<>(List.of(Endpoint.crud(1, "users")));
    endpoints.add(Endpoint.of(10, "GET", "/hello").body("hi"));
    serve(project.table(1, endpoints.toArray(Endpoint[]::new)));
    mock.send("POST", project.path("/users"), "{\"name\":\"Ada\"}");

    for (int i = 0; i < 300; i++) {
      String stateful = i % 2 == 0 ? "/users/1" : "/users/404";
      HttpResponse<String> state =
          mock.send(mock.request(project.path(stateful)).timeout(Duration.ofSeconds(5)).build());
      HttpResponse<String> plain =
          mock.send(mock.request(project.path("/hello")).timeout(Duration.ofSeconds(5)).build());
      assertThat(state.statusCode()).isIn(200, 404);
      assertThat(plain.body()).isEqualTo("hi");
    }
  }

  @Test
  void aPlainRequestAfterADelayedOneOnTheSameConnectionIsAnswered() {
    Project project = newProject();
    serve(
        project.table(
            1,
            Endpoint.of(1, "GET", "/slow")
                .body("late")
                .chaos(new ChaosSpec(new DelaySpec.Fixed(1), null, null, null, null)),
            Endpoint.of(2, "GET", "/hello").body("hi")));

    for (int i = 0; i < 300; i++) {
      HttpResponse<String> delayed =
          mock.send(mock.request(project.path("/slow")).timeout(Duration.ofSeconds(5)).build());
      HttpResponse<String> plain =
          mock.send(mock.request(project.path("/hello")).timeout(Duration.ofSeconds(5)).build());
      assertThat(delayed.body()).isEqualTo("late");
      assertThat(plain.body()).isEqualTo("hi");
    }
  }

  @Test
  void aPlainRequestAfterAHealthCheckOnTheSameConnectionIsAnswered() {
    Project project = newProject();
    serve(project.table(1, Endpoint.of(1, "GET", "/hello").body("hi")));

    for (int i = 0; i < 300; i++) {
      HttpResponse<String> health =
          mock.send(mock.request("/actuator/health").timeout(Duration.ofSeconds(5)).build());
      HttpResponse<String> plain =
          mock.send(mock.request(project.path("/hello")).timeout(Duration.ofSeconds(5)).build());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(plain.body()).isEqualTo("hi");
    }
  }
}
