package dev.mockapi.manager.project;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Removes a deleted project's Redis data (also when its whole organization goes). The deletion
 * records the clean-up as pending in its own transaction; once it commits the data is removed and
 * the record with it. When Redis fails, the record stays and the removal is retried with back-off
 * until it succeeds, also after a restart. Removing is idempotent, so two manager instances
 * retrying the same record at once do no harm.
 */
@Component
class ProjectDataCleanup {

  private static final Logger log = LoggerFactory.getLogger(ProjectDataCleanup.class);

  private final List<ProjectRedisData> data;
  private final PendingCleanups pending;
  private final ProjectCleanupProperties retry;
  private final Clock clock;

  ProjectDataCleanup(
      List<ProjectRedisData> data,
      PendingCleanups pending,
      ProjectCleanupProperties retry,
      Clock clock) {
    this.data = data;
    this.pending = pending;
    this.retry = retry;
    this.clock = clock;
  }

  /** The first retry waits one back-off, so the look for due ones does not race the first try. */
  @EventListener
  void recordPending(ProjectDeleted event) {
    pending.record(
        event.projectKey(), event.projectId(), clock.instant().plus(retry.backoffAfter(1)));
  }

  @TransactionalEventListener
  void onProjectDeleted(ProjectDeleted event) {
    attempt(new PendingCleanups.Pending(event.projectKey(), event.projectId(), 0));
  }

  /** Stops at the first failure: Redis is most likely down, and each try waits for its timeout. */
  @Scheduled(fixedDelayString = "${mockapi.project-cleanup.retry-interval:PT10S}")
  void retryDue() {
    for (PendingCleanups.Pending due : pending.due(clock.instant(), retry.batchSize())) {
      if (!attempt(due)) {
        return;
      }
    }
  }

  private boolean attempt(PendingCleanups.Pending cleanup) {
    try {
      for (ProjectRedisData each : data) {
        each.dropProject(cleanup.projectKey());
      }
    } catch (RuntimeException e) {
      int attempts = cleanup.attempts() + 1;
      pending.failed(cleanup.projectKey(), clock.instant().plus(retry.backoffAfter(attempts)));
      log.warn(
          "Could not remove the Redis data of deleted project {} (attempt {}), will retry: {}",
          cleanup.projectId(),
          attempts,
          e.getMessage());
      return false;
    }
    pending.done(cleanup.projectKey());
    return true;
  }
}
