-- Portable across MySQL 8, MariaDB 10.11+ and H2 in MySQL mode.
--
-- A deleted project's Redis data still to be removed. The row is written in the deletion's own
-- transaction and deleted once the removal succeeds; while Redis fails, the removal is retried
-- with back-off. The project key names the data, and it belongs to this installation: the key was
-- generated for one of its projects, and no other installation's project has it.
CREATE TABLE pending_project_cleanups (
  project_key     CHAR(36)    NOT NULL PRIMARY KEY,
  project_id      BIGINT      NOT NULL,
  attempts        INT         NOT NULL,
  next_attempt_at DATETIME(6) NOT NULL
);
CREATE INDEX ix_pending_project_cleanups_next ON pending_project_cleanups (next_attempt_at);
