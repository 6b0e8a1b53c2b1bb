package dev.mockapi.model;

import java.util.List;

/**
 * The whole compiled configuration of one project, as the manager writes it to {@link
 * RedisKeys#routes(String)} and the engine serves it. Versions grow with every committed change.
 *
 * @param projectId the project's id (log events carry it)
 * @param projectSlug the slug under {@code /mock/{slug}}
 * @param version grows with every committed change to the project's endpoints or settings
 * @param settings project-wide settings (chaos mode, CORS, API key, Faker locale)
 * @param apiKeySha256 hex SHA-256 of the project's API key, or null when none was issued
 * @param routes the enabled and disabled endpoints of the project
 */
public record RouteTable(
    long projectId,
    String projectSlug,
    long version,
    ProjectSettings settings,
    String apiKeySha256,
    List<Route> routes) {

  public RouteTable {
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
