package dev.mockapi.manager.project;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Removes a deleted project's Redis data once the deletion commits (also when its whole
 * organization goes). A Redis failure is logged, not thrown: the deletion has committed; what is
 * left is unreachable (keys are never reused) and analytics expire by themselves.
 */
@Component
class ProjectDataCleanup {

  private static final Logger log = LoggerFactory.getLogger(ProjectDataCleanup.class);

  private final List<ProjectRedisData> data;

  ProjectDataCleanup(List<ProjectRedisData> data) {
    this.data = data;
  }

  @TransactionalEventListener
  void onProjectDeleted(ProjectDeleted event) {
    for (ProjectRedisData each : data) {
      try {
        each.dropProject(event.projectKey());
      } catch (RuntimeException e) {
        log.warn(
            "Could not remove the {} of deleted project {}: {}",
            each.description(),
            event.projectId(),
            e.getMessage());
      }
    }
  }
}
