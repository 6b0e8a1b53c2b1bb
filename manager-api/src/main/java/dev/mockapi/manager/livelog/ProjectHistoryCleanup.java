package dev.mockapi.manager.livelog;

import dev.mockapi.manager.project.ProjectDeleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Removes a deleted project's request history once the deletion commits (also when its whole
 * organization goes). A Redis failure is logged, not thrown: the deletion has committed.
 */
@Component
class ProjectHistoryCleanup {

  private static final Logger log = LoggerFactory.getLogger(ProjectHistoryCleanup.class);

  private final RequestHistoryStore history;

  ProjectHistoryCleanup(RequestHistoryStore history) {
    this.history = history;
  }

  @TransactionalEventListener
  void onProjectDeleted(ProjectDeleted event) {
    try {
      history.clear(event.projectId());
    } catch (RuntimeException e) {
      log.warn(
          "Could not remove the request history of deleted project {}: {}",
          event.projectId(),
          e.getMessage());
    }
  }
}
