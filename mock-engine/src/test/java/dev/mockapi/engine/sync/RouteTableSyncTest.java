package dev.mockapi.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.Project;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.RouteTable;
import dev.mockapi.model.RoutesChanged;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.DefaultMessage;
import org.springframework.data.redis.core.SetOperations;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ValueOperations;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sync decisions without a Redis: the template is stubbed, so interleavings of a resync and an
 * announcement can be reproduced exactly.
 */
class RouteTableSyncTest {

  private final JsonMapper json = JsonMapper.builder().build();
  private final StringRedisTemplate redis = mock(StringRedisTemplate.class);

  @SuppressWarnings("unchecked")
  private final SetOperations<String, String> sets = mock(SetOperations.class);

  @SuppressWarnings("unchecked")
  private final ValueOperations<String, String> values = mock(ValueOperations.class);

  private final ProjectRegistry registry = new ProjectRegistry(List.of());
  private static final DataSize MAX_TABLE = DataSize.ofKilobytes(64);
  private final RouteTableSync sync =
      new RouteTableSync(
          redis, registry, json, new SimpleMeterRegistry(), new RouteTableLimits(MAX_TABLE));

  RouteTableSyncTest() {
    when(redis.opsForSet()).thenReturn(sets);
    when(redis.opsForValue()).thenReturn(values);
  }

  private String stored(RouteTable table) {
    String text = json.writeValueAsString(table);
    when(values.get(RedisKeys.routes(table.projectSlug()))).thenReturn(text);
    when(values.size(RedisKeys.routes(table.projectSlug())))
        .thenReturn((long) text.getBytes(StandardCharsets.UTF_8).length);
    return text;
  }

  private void announce(RoutesChanged change) {
    sync.onMessage(
        new DefaultMessage(
            RedisKeys.CONFIG_CHANNEL.getBytes(StandardCharsets.UTF_8),
            json.writeValueAsBytes(change)),
        null);
  }

  private static RouteTable table(Project project, long version) {
    return project.table(version, Endpoint.of(1, "GET", "/x"));
  }

  @Test
  void resyncLoadsEveryListedTableAndDropsTheOthers() {
    Project kept = new Project(1, "kept");
    Project dropped = new Project(2, "dropped");
    stored(table(kept, 1));
    stored(table(dropped, 1));
    when(sets.members(RedisKeys.PROJECT_SLUGS)).thenReturn(Set.of("kept", "dropped"));
    sync.loadAll();
    assertThat(registry.slugs()).containsExactlyInAnyOrder("kept", "dropped");

    when(sets.members(RedisKeys.PROJECT_SLUGS)).thenReturn(Set.of("kept"));
    sync.loadAll();

    assertThat(registry.slugs()).containsExactly("kept");
  }

  @Test
  void announcementLoadsOnlyANewerVersion() {
    Project project = new Project(1, "p");
    stored(table(project, 2));
    announce(new RoutesChanged("p", 2, false));
    assertThat(registry.version("p")).isEqualTo(2);

    stored(table(project, 1));
    announce(new RoutesChanged("p", 1, false));

    assertThat(registry.version("p")).isEqualTo(2);
  }

  @Test
  void slugTakenOverByAnotherProjectServesTheNewProjectWhateverItsVersion() {
    stored(table(new Project(1, "p"), 9));
    announce(new RoutesChanged("p", 9, false));

    stored(table(new Project(2, "p"), 1));
    when(sets.members(RedisKeys.PROJECT_SLUGS)).thenReturn(Set.of("p"));
    sync.loadAll();

    assertThat(registry.get("p").projectId()).isEqualTo(2);
  }

  @Test
  void slugTakenOverByAnotherInstallationsProjectWithTheSameIdServesItWhateverItsVersion() {
    Project ours = new Project(1, "p");
    stored(table(ours, 9));
    announce(new RoutesChanged("p", 9, false));

    Project theirs = new Project(1, "p");
    stored(table(theirs, 1));
    when(sets.members(RedisKeys.PROJECT_SLUGS)).thenReturn(Set.of("p"));
    sync.loadAll();

    assertThat(registry.get("p").projectKey()).isEqualTo(theirs.key()).isNotEqualTo(ours.key());
  }

  @Test
  void tableOverTheSizeBoundIsNeverReadAndThePreviousOneStays() {
    Project project = new Project(1, "p");
    stored(table(project, 1));
    announce(new RoutesChanged("p", 1, false));

    stored(table(project, 2));
    when(values.size(RedisKeys.routes("p"))).thenReturn(MAX_TABLE.toBytes() + 1);
    announce(new RoutesChanged("p", 2, false));
    when(sets.members(RedisKeys.PROJECT_SLUGS)).thenReturn(Set.of("p"));
    sync.loadAll();

    assertThat(registry.version("p")).isEqualTo(1);
    verify(values, times(1)).get(RedisKeys.routes("p"));
  }

  @Test
  void tableWithoutAValidProjectKeyIsNotServed() {
    Project project = new Project(1, "p");
    stored(table(project, 1));
    announce(new RoutesChanged("p", 1, false));
    String older = json.writeValueAsString(table(project, 2)).replace(project.key(), "1");
    when(values.get(RedisKeys.routes("p"))).thenReturn(older);

    announce(new RoutesChanged("p", 2, false));

    assertThat(registry.version("p")).isEqualTo(1);
    assertThat(registry.get("p").projectKey()).isEqualTo(project.key());
  }

  @Test
  void unreadableAnnouncementChangesNothing() {
    stored(table(new Project(1, "p"), 1));
    announce(new RoutesChanged("p", 1, false));

    sync.onMessage(
        new DefaultMessage(
            RedisKeys.CONFIG_CHANNEL.getBytes(StandardCharsets.UTF_8),
            "not json".getBytes(StandardCharsets.UTF_8)),
        null);

    assertThat(registry.version("p")).isEqualTo(1);
  }

  @Test
  void tableAnnouncedWhileAResyncRunsStaysServed() {
    Project old = new Project(1, "old");
    Project fresh = new Project(2, "fresh");
    stored(table(fresh, 1));
    when(sets.members(RedisKeys.PROJECT_SLUGS)).thenReturn(Set.of("old"));
    when(values.get(RedisKeys.routes("old")))
        .thenAnswer(
            reading -> {
              // The manager publishes "fresh" after the resync listed the slugs.
              announce(new RoutesChanged("fresh", 1, false));
              return json.writeValueAsString(table(old, 1));
            });

    sync.loadAll();

    assertThat(registry.get("fresh")).as("the freshly announced project").isNotNull();
  }
}
