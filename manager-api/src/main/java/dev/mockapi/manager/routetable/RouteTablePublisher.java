package dev.mockapi.manager.routetable;

import dev.mockapi.manager.project.Project;
import dev.mockapi.manager.project.ProjectConfigChanged;
import dev.mockapi.manager.project.ProjectDeleted;
import dev.mockapi.manager.project.ProjectRepository;
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
 * republishes every project and drops tables of projects that are gone, and whatever Redis refused
 * (it was down) is retried every few seconds until it lands.
 */
@Component
public class RouteTablePublisher {

  private static final Logger log = LoggerFactory.getLogger(RouteTablePublisher.class);

  private final RouteTableAssembler assembler;
  private final RouteTableStore store;
  private final ProjectRepository projects;
  // What Redis refused, retried until it lands: tables to remove (project id -> slug) and to write.
  private final Map<Long, String> pendingRemovals = new ConcurrentHashMap<>();
  private final Set<Long> pendingPublications = ConcurrentHashMap.newKeySet();

  RouteTablePublisher(
      RouteTableAssembler assembler, RouteTableStore store, ProjectRepository projects) {
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
    remove(event.projectId(), event.slug());
  }

  /** Republishes every project (heals a flushed or stale Redis) and removes orphaned tables. */
  @EventListener(ApplicationReadyEvent.class)
  public void republishAll() {
    Set<String> live = new HashSet<>();
    for (Project project : projects.findAll()) {
      live.add(project.getSlug());
      publish(project.getId(), true);
    }
    try {
      for (String slug : store.publishedSlugs()) {
        if (!live.contains(slug)) {
          store.remove(slug, null);
        }
      }
      log.info("Published the route tables of {} project(s)", live.size());
    } catch (RuntimeException e) {
      log.warn(
          "Redis is unavailable ({}); route tables will be published when it answers",
          e.toString());
    }
  }

  /** Retries what Redis could not take earlier. */
  @Scheduled(fixedDelayString = "${mockapi.routes.retry-interval:PT5S}")
  void retryPending() {
    pendingRemovals.forEach((id, slug) -> remove(id, slug));
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

  private void remove(long projectId, String slug) {
    try {
      store.remove(slug, projectId);
      pendingRemovals.remove(projectId);
    } catch (RuntimeException e) {
      if (pendingRemovals.put(projectId, slug) == null) {
        log.warn("Could not remove the route table of {} ({}); will retry", slug, e.toString());
      }
    }
  }
}
