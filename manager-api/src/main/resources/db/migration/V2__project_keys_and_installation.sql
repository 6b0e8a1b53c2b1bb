-- Portable across MySQL 8, MariaDB 10.11+ and H2 in MySQL mode.
--
-- Redis names a project's data (history, state, analytics, live-log channel) by its key, which,
-- unlike the numeric id, is never reused: not by another installation on the same Redis, nor after
-- a database backup is restored. UUID() is evaluated per row: random (version 4) on H2, time and
-- node based (version 1) on MySQL and MariaDB; unique either way. New projects get random keys
-- from the application.
ALTER TABLE projects ADD COLUMN project_key CHAR(36) NULL;
UPDATE projects SET project_key = UUID();
ALTER TABLE projects MODIFY project_key CHAR(36) NOT NULL;
ALTER TABLE projects ADD CONSTRAINT uk_projects_key UNIQUE (project_key);

-- One row: the id of this installation (this database), written into every route table it
-- publishes, so that a manager removes only its own tables from a Redis it may share.
CREATE TABLE installation (
  id CHAR(36) NOT NULL PRIMARY KEY
);
INSERT INTO installation (id) VALUES (UUID());
