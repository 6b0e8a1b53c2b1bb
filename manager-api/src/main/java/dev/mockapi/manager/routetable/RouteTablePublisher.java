package dev.mockapi.manager.routetable;

import dev.mockapi.manager.project.Project;
import dev.mockapi.manager.project.ProjectConfigChanged;
import dev.mockapi.manager.project.ProjectDeleted;
import dev.mockapi.manager.project.ProjectLookup;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps Redis in step with the database: each committed change republishes its project, start-up
 * republishes every project and drops this installation's tables of projects that are gone (never
 * another installation's), and whatever Redis refused (it was down) is retried every few seconds
 * until it lands.
 */
@Component
public class RouteTablePublisher {

  private static final Logger log = LoggerFactory.getLogger(RouteTablePublisher.class);

  private final RouteTableAssembler assembler;
  private final RouteTableStore store;
  private final ProjectLookup projects;
  // What Redis refused, retried until it lands: tables to remove (project key -> slug) and to
  // write.
  private final Map<String, String> pendingRemovals = new ConcurrentHashMap<>();
  private final Set<Long> pendingPublications = ConcurrentHashMap.newKeySet();

  RouteTablePublisher(
      RouteTableAssembler assembler, RouteTableStore store, ProjectLookup projects) {
    this.assembler = assembler;
    this.store = store;
    this.projects = projects;
  }

  @TransactionalEventListener
  void onConfigChanged(ProjectConfigChanged event) {
    publish(event.projectId(), false);
  }

  @TransactionalEventListener
  void onProjectDeleted(ProjectDeleted event) {
    pendingPublications.remove(event.projectId());
    remove(event.projectKey(), event.slug());
  }

  /**
   * Republishes every project (heals a flushed or stale Redis) and removes this installation's
   * orphaned tables; tables of other installations on the same Redis stay.
   */
  @EventListener(ApplicationReadyEvent.class)
  public void republishAll() {
    // Read before the projects: a project another manager of this installation creates meanwhile
    // is then either among the projects or not yet among the published slugs, never removed.
    Set<String> published = publishedSlugs();
    Set<String> live = publishEveryProject();
    try {
      int kept = 0;
      for (String slug : published) {
        if (!live.contains(slug) && !store.remove(slug, null)) {
          kept++;
        }
      }
      log.info(
          "Published the route tables of {} project(s); left {} table(s) not of this installation",
          live.size(),
          kept);
    } catch (RuntimeException e) {
      unavailable(e);
    }
  }

  private Set<String> publishedSlugs() {
    try {
      return store.publishedSlugs();
    } catch (RuntimeException e) {
      unavailable(e);
      return Set.of();
    }
  }

  private static void unavailable(RuntimeException e) {
    log.warn(
        "Redis is unavailable ({}); route tables will be published when it answers", e.toString());
  }

  /** Publishes (or queues) every project's table; answers their slugs. */
  private Set<String> publishEveryProject() {
    Set<String> live = new HashSet<>();
    for (Project project : projects.all()) {
      live.add(project.getSlug());
      publish(project.getId(), true);
    }
    return live;
  }

  /** Retries what Redis could not take earlier. */
  @Scheduled(fixedDelayString = "${mockapi.routes.retry-interval:PT5S}")
  void retryPending() {
    pendingRemovals.forEach((key, slug) -> remove(key, slug));
    for (Long projectId : Set.copyOf(pendingPublications)) {
      publish(projectId, false);
    }
  }

  private void publish(long projectId, boolean force) {
    try {
      assembler.assemble(projectId).ifPresent(table -> store.write(table, force));
      pendingPublications.remove(projectId);
    } catch (RuntimeException e) {
      if (pendingPublications.add(projectId)) {
        log.warn(
            "Could not publish the route table of project {} ({}); will retry",
            projectId,
            e.toString());
      }
    }
  }

  private void remove(String projectKey, String slug) {
    try {
      store.remove(slug, projectKey);
      pendingRemovals.remove(projectKey);
    } catch (RuntimeException e) {
      if (pendingRemovals.put(projectKey, slug) == null) {
        log.warn("Could not remove the route table of {} ({}); will retry", slug, e.toString());
      }
    }
  }
}
