package dev.mockapi.engine.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.engine.EngineIntegrationTest;
import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.Project;
import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.DelaySpec;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Delays wait on a timer, not on a thread: many delayed calls overlap instead of queueing. */
class ConcurrentDelayTest extends EngineIntegrationTest {

  private static final int CALLS = 200;
  private static final Duration DELAY = Duration.ofSeconds(1);

  @Test
  void twoHundredConcurrentDelayedCallsAllAnswerInAboutOneDelay() {
    Project project = newProject();
    serve(
        project.table(
            1,
            Endpoint.of(1, "GET", "/slow/{n}")
                .body("done {{request.path.n}}")
                .chaos(
                    new ChaosSpec(new DelaySpec.Fixed(DELAY.toMillis()), null, null, null, null))));

    long start = System.nanoTime();
    List<CompletableFuture<HttpResponse<String>>> calls =
        IntStream.range(0, CALLS)
            .mapToObj(n -> mock.sendAsync(mock.request(project.path("/slow/" + n)).build()))
            .toList();
    List<HttpResponse<String>> responses = calls.stream().map(CompletableFuture::join).toList();
    Duration batch = Duration.ofNanos(System.nanoTime() - start);

    assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
    assertThat(responses.get(CALLS - 1).body()).isEqualTo("done " + (CALLS - 1));
    // Serialised on the 2 event-loop threads this would take 100 s, on a 20-thread pool 10 s.
    assertThat(batch).isGreaterThanOrEqualTo(DELAY).isLessThan(Duration.ofSeconds(5));
  }
}
