package dev.mockapi.engine.sync;

import dev.mockapi.engine.routing.CompiledProject;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The compiled projects being served, by slug: the only thing the hot path reads. Writers (route
 * table loads and announcements) take turns, so the count of tables per project id stays exact and
 * the listeners learn of every change of the served ids.
 */
@Component
public class ProjectRegistry {

  private final Map<String, CompiledProject> projects = new ConcurrentHashMap<>();
  private final Map<Long, Integer> tablesPerProjectId = new ConcurrentHashMap<>();
  private final Set<Long> servedIds = Collections.unmodifiableSet(tablesPerProjectId.keySet());
  private final List<ServedProjectsListener> listeners;

  public ProjectRegistry(List<ServedProjectsListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  public CompiledProject get(String slug) {
    return projects.get(slug);
  }

  /** Installs {@code project} unless a newer version of the same project is already served. */
  synchronized void put(CompiledProject project) {
    CompiledProject current = projects.get(project.slug());
    if (current != null
        && current.projectKey().equals(project.projectKey())
        && current.version() > project.version()) {
      return;
    }
    boolean changed = count(project.projectId(), 1);
    if (current != null) {
      changed |= count(current.projectId(), -1);
    }
    // Listeners learn of a new id before its first call can be served.
    if (changed) {
      tellListeners();
    }
    projects.put(project.slug(), project);
  }

  synchronized void remove(String slug) {
    CompiledProject removed = projects.remove(slug);
    if (removed != null && count(removed.projectId(), -1)) {
      tellListeners();
    }
  }

  /** Whether the project id starts or stops being served. */
  private boolean count(long projectId, int delta) {
    Integer tables = tablesPerProjectId.merge(projectId, delta, Integer::sum);
    if (tables == 0) {
      tablesPerProjectId.remove(projectId);
      return true;
    }
    return delta > 0 && tables == 1;
  }

  private void tellListeners() {
    for (ServedProjectsListener listener : listeners) {
      listener.servedProjectsChanged(servedIds);
    }
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
