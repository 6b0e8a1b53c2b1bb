package dev.mockapi.engine.sync;

import dev.mockapi.engine.routing.CompiledProject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The compiled projects being served, by slug: the only thing the hot path reads. */
@Component
public class ProjectRegistry {

  private final Map<String, CompiledProject> projects = new ConcurrentHashMap<>();

  public CompiledProject get(String slug) {
    return projects.get(slug);
  }

  /** Installs {@code project} unless a newer version of the same project is already served. */
  void put(CompiledProject project) {
    projects.merge(
        project.slug(),
        project,
        (current, next) ->
            current.projectKey().equals(next.projectKey()) && current.version() > next.version()
                ? current
                : next);
  }

  void remove(String slug) {
    projects.remove(slug);
  }

  public int size() {
    return projects.size();
  }

  Set<String> slugs() {
    return Set.copyOf(projects.keySet());
  }

  long version(String slug) {
    CompiledProject project = projects.get(slug);
    return project == null ? -1 : project.version();
  }
}
