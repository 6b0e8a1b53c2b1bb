package dev.mockapi.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.engine.routing.CompiledProject;
import dev.mockapi.engine.routing.RouteCompiler;
import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectRegistryTest {

  private final List<Set<Long>> told = new ArrayList<>();
  private final ProjectRegistry registry =
      new ProjectRegistry(List.of(ids -> told.add(Set.copyOf(ids))));

  private static CompiledProject compiled(Project project, long version) {
    return RouteCompiler.compile(project.table(version, Endpoint.of(1, "GET", "/x")));
  }

  @Test
  void listenersLearnOnlyWhenTheSetOfServedIdsChanges() {
    Project first = new Project(1, "first");
    Project renamed = new Project(1, "renamed");

    registry.put(compiled(first, 1));
    registry.put(compiled(first, 2));
    registry.put(compiled(renamed, 3));
    registry.remove("first");

    assertThat(told).containsExactly(Set.of(1L));

    registry.remove("renamed");

    assertThat(told).containsExactly(Set.of(1L), Set.of());
  }

  @Test
  void aSlugTakenOverByAnotherProjectRetiresTheOldId() {
    registry.put(compiled(new Project(1, "p"), 5));
    registry.put(compiled(new Project(2, "p"), 1));

    assertThat(told).containsExactly(Set.of(1L), Set.of(2L));
    assertThat(registry.get("p").projectId()).isEqualTo(2);
  }

  @Test
  void anOlderVersionOfTheSameProjectChangesNothing() {
    Project project = new Project(1, "p");
    registry.put(compiled(project, 5));
    registry.put(compiled(project, 4));

    assertThat(registry.version("p")).isEqualTo(5);
    assertThat(told).containsExactly(Set.of(1L));
  }
}
