package dev.mockapi.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockapi.engine.EngineIntegrationTest;
import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.Project;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.RoutesChanged;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tables published the way the manager does reach the engine, and go away with their project. */
class RouteTableSyncIntegrationTest extends EngineIntegrationTest {

  @Autowired MeterRegistry meters;

  private static Endpoint hello(String body) {
    return Endpoint.of(1, "GET", "/hello").body(body);
  }

  private HttpResponse<String> hello(Project project) {
    return mock.get(project.path("/hello"));
  }

  @Test
  void announcedTableIsServedWithinOneSecond() {
    Project project = newProject();
    assertThat(hello(project).statusCode()).isEqualTo(404);

    tables.publish(project.table(1, hello("hi")));

    await()
        .atMost(Duration.ofSeconds(1))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> hello(project).statusCode() == 200);
    assertThat(hello(project).body()).isEqualTo("hi");
  }

  @Test
  void newerVersionReplacesTheOlder() {
    Project project = newProject();
    serve(project.table(1, hello("one")));
    assertThat(hello(project).body()).isEqualTo("one");

    tables.publish(project.table(2, hello("two")));

    await().atMost(Duration.ofSeconds(1)).until(() -> hello(project).body().equals("two"));
  }

  @Test
  void olderVersionNeverRollsBackTheServedOne() {
    Project project = newProject();
    serve(project.table(2, hello("two")));

    tables.publish(project.table(1, hello("one")));
    awaitResync();

    assertThat(hello(project).body()).isEqualTo("two");
    assertThat(servedVersion(project.slug())).isEqualTo(2);
  }

  @Test
  void deletionAnnouncementMakesTheSlug404() {
    Project project = newProject();
    serve(project.table(1, hello("hi")));

    tables.delete(project.slug());

    await().atMost(Duration.ofSeconds(1)).until(() -> hello(project).statusCode() == 404);
    assertThat(hello(project).body()).contains("Unknown project");
  }

  @Test
  void periodicResyncPicksUpATableWrittenWithoutAnnouncement() {
    Project project = newProject();

    tables.write(project.table(1, hello("quiet")));

    await().atMost(RESYNC.multipliedBy(3)).until(() -> hello(project).statusCode() == 200);
    assertThat(hello(project).body()).isEqualTo("quiet");
  }

  @Test
  void periodicResyncDropsATableRemovedWithoutAnnouncement() {
    Project project = newProject();
    serve(project.table(1, hello("hi")));

    tables.remove(project.slug());

    await().atMost(RESYNC.multipliedBy(3)).until(() -> hello(project).statusCode() == 404);
  }

  @Test
  void unreadableTableKeepsThePreviousOne() {
    Project project = newProject();
    serve(project.table(1, hello("good")));
    double failures = meters.counter("mockapi.engine.route.reload.failures").count();

    redis.opsForValue().set(RedisKeys.routes(project.slug()), "{\"projectId\": oops");
    tables.announce(new RoutesChanged(project.slug(), 2, false));

    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> meters.counter("mockapi.engine.route.reload.failures").count() > failures);
    assertThat(hello(project).body()).isEqualTo("good");
  }

  /**
   * Waits until a whole resync pass has run after now: a pass that loads a marker written now may
   * still be under way, but one loading a second marker, written after that, starts after it ended.
   */
  private void awaitResync() {
    for (int i = 0; i < 2; i++) {
      Project marker = newProject();
      tables.write(marker.table(1, hello("marker")));
      await().atMost(RESYNC.multipliedBy(3)).until(() -> servedVersion(marker.slug()) == 1);
    }
  }
}
