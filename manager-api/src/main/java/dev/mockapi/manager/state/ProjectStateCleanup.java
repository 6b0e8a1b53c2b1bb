package dev.mockapi.manager.state;

import dev.mockapi.manager.project.ProjectDeleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Drops a deleted project's collections, seeds included, once the deletion commits (also when its
 * whole organization goes). A Redis failure is logged, not thrown: the deletion has committed.
 */
@Component
class ProjectStateCleanup {

  private static final Logger log = LoggerFactory.getLogger(ProjectStateCleanup.class);

  private final StateStore store;

  ProjectStateCleanup(StateStore store) {
    this.store = store;
  }

  @TransactionalEventListener
  void onProjectDeleted(ProjectDeleted event) {
    try {
      store.drop(event.projectId());
    } catch (RuntimeException e) {
      log.warn(
          "Could not remove the state of deleted project {}: {}",
          event.projectId(),
          e.getMessage());
    }
  }
}
