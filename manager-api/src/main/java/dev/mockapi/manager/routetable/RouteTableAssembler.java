package dev.mockapi.manager.routetable;

import dev.mockapi.manager.endpoint.EndpointLookup;
import dev.mockapi.manager.project.Project;
import dev.mockapi.manager.project.ProjectLookup;
import dev.mockapi.model.RouteTable;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads a project's committed configuration into one {@link RouteTable}. */
@Component
class RouteTableAssembler {

  private final ProjectLookup projects;
  private final EndpointLookup endpoints;
  private final Installation installation;

  RouteTableAssembler(ProjectLookup projects, EndpointLookup endpoints, Installation installation) {
    this.projects = projects;
    this.endpoints = endpoints;
    this.installation = installation;
  }

  /** The current table of a project, or empty when the project no longer exists. */
  @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
  public Optional<RouteTable> assemble(long projectId) {
    return projects.byId(projectId).map(this::assemble);
  }

  /**
   * The table as the caller's transaction would commit it: its changes included, flushed or not.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  Optional<RouteTable> assembleUncommitted(long projectId) {
    return projects.byId(projectId).map(this::assemble);
  }

  private RouteTable assemble(Project project) {
    var routes = endpoints.routes(project.getId());
    return new RouteTable(
        project.getId(),
        project.getProjectKey(),
        project.getSlug(),
        installation.id(),
        project.getConfigVersion(),
        project.getSettings(),
        project.getApiKeyHash(),
        routes);
  }
}
