package dev.mockapi.model;

import java.util.List;
import java.util.Objects;

/**
 * The whole compiled configuration of one project, as the manager writes it to {@link
 * RedisKeys#routes(String)} and the engine serves it. Versions grow with every committed change.
 *
 * @param projectId the project's id in its manager's database (log events carry it)
 * @param projectKey the project's key, which names its data in Redis ({@link RedisKeys})
 * @param projectSlug the slug under {@code /mock/{slug}}
 * @param installationId the installation (the manager's database) the project belongs to: a manager
 *     removes only tables of its own installation
 * @param version grows with every committed change to the project's endpoints or settings
 * @param settings project-wide settings (chaos mode, CORS, API key, Faker locale)
 * @param apiKeySha256 hex SHA-256 of the project's API key, or null when none was issued
 * @param routes the enabled and disabled endpoints of the project
 */
public record RouteTable(
    long projectId,
    String projectKey,
    String projectSlug,
    String installationId,
    long version,
    ProjectSettings settings,
    String apiKeySha256,
    List<Route> routes) {

  /**
   * Refuses a table without a valid project key (one written by an older manager, say): serving it
   * would name its data by nothing, and mix it with every other such project's.
   */
  public RouteTable {
    if (!RedisKeys.isProjectKey(projectKey)) {
      throw new IllegalArgumentException(
          "projectKey must be a lowercase UUID, not "
              + (projectKey == null ? "absent" : "'" + projectKey + "'"));
    }
    Objects.requireNonNull(installationId, "installationId");
    routes = List.copyOf(routes);
  }

  /**
   * One endpoint in a route table.
   *
   * @param endpointId the endpoint's id (log events carry it)
   * @param definition what the endpoint matches and answers
   */
  public record Route(long endpointId, EndpointDefinition definition) {}
}
