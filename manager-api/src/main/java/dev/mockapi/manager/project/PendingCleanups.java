package dev.mockapi.manager.project;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The table of deleted projects whose Redis data is still to be removed. */
@Component
class PendingCleanups {

  record Pending(String projectKey, long projectId, int attempts) {}

  private final JdbcTemplate jdbc;

  PendingCleanups(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** In the deletion's transaction: the row commits with it or not at all. */
  @Transactional(propagation = Propagation.MANDATORY)
  void record(String projectKey, long projectId, Instant firstRetryAt) {
    jdbc.update(
        "INSERT INTO pending_project_cleanups (project_key, project_id, attempts, next_attempt_at)"
            + " VALUES (?, ?, 0, ?)",
        projectKey,
        projectId,
        Timestamp.from(firstRetryAt));
  }

  // The writes below run after the deletion committed, when its transaction is done but still
  // bound: a new one commits them.

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void done(String projectKey) {
    jdbc.update("DELETE FROM pending_project_cleanups WHERE project_key = ?", projectKey);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void failed(String projectKey, Instant nextAttemptAt) {
    jdbc.update(
        "UPDATE pending_project_cleanups SET attempts = attempts + 1, next_attempt_at = ?"
            + " WHERE project_key = ?",
        Timestamp.from(nextAttemptAt),
        projectKey);
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
  List<Pending> due(Instant now, int limit) {
    return jdbc.query(
        "SELECT project_key, project_id, attempts FROM pending_project_cleanups"
            + " WHERE next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?",
        (row, n) -> new Pending(row.getString(1), row.getLong(2), row.getInt(3)),
        Timestamp.from(now),
        limit);
  }
}
