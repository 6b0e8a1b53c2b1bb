package dev.mockapi.manager.analytics;

import dev.mockapi.manager.project.ProjectDeleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Removes a deleted project's analytics once the deletion commits (also when its whole organization
 * goes). A Redis failure is logged, not thrown: the deletion has committed, and the hashes expire
 * by themselves.
 */
@Component
class ProjectAnalyticsCleanup {

  private static final Logger log = LoggerFactory.getLogger(ProjectAnalyticsCleanup.class);

  private final AnalyticsStore analytics;

  ProjectAnalyticsCleanup(AnalyticsStore analytics) {
    this.analytics = analytics;
  }

  @TransactionalEventListener
  void onProjectDeleted(ProjectDeleted event) {
    try {
      analytics.delete(event.projectId());
    } catch (RuntimeException e) {
      log.warn(
          "Could not remove the analytics of deleted project {}: {}",
          event.projectId(),
          e.getMessage());
    }
  }
}
