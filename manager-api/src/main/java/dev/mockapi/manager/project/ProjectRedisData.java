package dev.mockapi.manager.project;

/**
 * What a feature keeps of a project in Redis (history, state, analytics): {@link
 * ProjectDataCleanup} removes it once the project's deletion commits.
 */
public interface ProjectRedisData {

  /** What it is, for the log: "request history". */
  String description();

  /** Removes all of it for the project of {@code projectKey}; may throw when Redis fails. */
  void dropProject(String projectKey);
}
