package dev.mockapi.manager.endpoint;

import dev.mockapi.manager.org.Role;
import dev.mockapi.manager.project.Project;
import dev.mockapi.manager.project.ProjectAccess;
import dev.mockapi.manager.state.StateStore;
import dev.mockapi.model.ResponseSpec;
import dev.mockapi.model.StateAction;
import dev.mockapi.model.StateBinding;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The resource shortcut: the six CRUD endpoints of a collection at once, optionally seeded.
 *
 * <p>All or nothing. Everything that can be wrong with the request (its fields, its template, each
 * generated item) is a 400 before anything is written; a route clash is a 409 before any endpoint
 * is saved; and seeding Redis is the last step of the transaction, so when Redis refuses (409) or
 * is away (503) the endpoints roll back. Only a database failure at the commit itself, after a
 * successful seed, could leave a seeded collection without endpoints.
 */
@Service
class ResourceService {

  private final ProjectAccess access;
  private final EndpointService endpoints;
  private final StateStore state;
  private final SeedItems seedItems;

  ResourceService(
      ProjectAccess access, EndpointService endpoints, StateStore state, JsonMapper json) {
    this.access = access;
    this.endpoints = endpoints;
    this.state = state;
    this.seedItems = new SeedItems(json);
  }

  @Transactional
  ResourceResponse create(long projectId, long userId, ResourceRequest request) {
    Project project = access.require(projectId, userId, Role.EDITOR);
    var valid = ResourceValidator.validate(request, state.limits());
    List<String> items =
        seedItems.render(
            valid.itemTemplate(),
            valid.seedCount(),
            project.getSettings().fakerLocale(),
            state.limits().maxItemBytes());
    List<EndpointResponse> created = endpoints.createAll(projectId, endpointsOf(valid.name()));
    if (!items.isEmpty()) {
      state.seed(project.getProjectKey(), Map.of(valid.name(), items));
    }
    return new ResourceResponse(valid.name(), valid.name(), created, items.size());
  }

  private static List<EndpointRequest> endpointsOf(String name) {
    String all = "/" + name;
    String one = all + "/{id}";
    return List.of(
        endpoint("GET", all, "List " + name, name, StateAction.LIST, 200),
        endpoint("POST", all, "Create an item in " + name, name, StateAction.CREATE, 201),
        endpoint("GET", one, "Get an item of " + name, name, StateAction.GET, 200),
        endpoint("PUT", one, "Replace an item of " + name, name, StateAction.REPLACE, 200),
        endpoint("PATCH", one, "Patch an item of " + name, name, StateAction.PATCH, 200),
        endpoint("DELETE", one, "Delete an item of " + name, name, StateAction.DELETE, 200));
  }

  /** An endpoint with an empty body template: the engine answers the item or list itself. */
  private static EndpointRequest endpoint(
      String method,
      String path,
      String description,
      String collection,
      StateAction action,
      int status) {
    return new EndpointRequest(
        method,
        path,
        description,
        true,
        0,
        new ResponseSpec(status, Map.of(), ""),
        null,
        new StateBinding(collection, action),
        null);
  }
}
