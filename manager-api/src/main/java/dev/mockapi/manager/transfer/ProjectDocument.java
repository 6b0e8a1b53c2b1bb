package dev.mockapi.manager.transfer;

import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.ProjectSettings;
import dev.mockapi.model.ResponseSpec;
import dev.mockapi.model.StateBinding;
import java.util.List;

/**
 * A project as it is exported and imported: what every import format is translated into, and what
 * the YAML format writes as it is.
 *
 * @param version the document format, {@link #CURRENT_VERSION} today
 * @param project the project's own fields; null in a translated document (a WireMock folder has no
 *     project settings), which leaves the target project's as they are
 * @param endpoints the endpoints, in the order they are exported (method, then path)
 * @param collections the state collections with their seed items
 */
public record ProjectDocument(
    int version,
    ProjectPart project,
    List<EndpointPart> endpoints,
    List<CollectionPart> collections) {

  public static final int CURRENT_VERSION = 1;

  public ProjectDocument {
    endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
    collections = collections == null ? List.of() : List.copyOf(collections);
  }

  /** The project's name, description and settings. */
  public record ProjectPart(String name, String description, ProjectSettings settings) {}

  /** One endpoint, with the fields an endpoint is created with. */
  public record EndpointPart(
      String method,
      String path,
      String description,
      Boolean enabled,
      Integer priority,
      ResponseSpec response,
      ChaosSpec chaos,
      StateBinding state) {}

  /**
   * One state collection and the items it starts with (and returns to on reset).
   *
   * @param items each item as a JSON object text, with its id
   */
  public record CollectionPart(String name, List<String> items) {
    public CollectionPart {
      items = items == null ? List.of() : List.copyOf(items);
    }
  }
}
