package dev.mockapi.manager.endpoint;

import dev.mockapi.model.EndpointDefinition;
import dev.mockapi.model.RouteTable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** A project's endpoints as other features read them: definitions, never the entities. */
@Component
public class EndpointLookup {

  private final EndpointRepository endpoints;

  EndpointLookup(EndpointRepository endpoints) {
    this.endpoints = endpoints;
  }

  /** Every endpoint of the project as a route, in id order. */
  public List<RouteTable.Route> routes(long projectId) {
    return endpoints.findByProjectIdOrderByIdAsc(projectId).stream()
        .map(e -> new RouteTable.Route(e.getId(), e.toDefinition()))
        .toList();
  }

  /** The definitions of those of {@code ids} that are endpoints of the project, by id. */
  public Map<Long, EndpointDefinition> definitions(long projectId, Collection<Long> ids) {
    return endpoints.findByProjectIdAndIdIn(projectId, ids).stream()
        .collect(Collectors.toMap(Endpoint::getId, Endpoint::toDefinition));
  }
}
