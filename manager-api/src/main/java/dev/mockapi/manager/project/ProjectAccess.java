package dev.mockapi.manager.project;

import dev.mockapi.manager.org.OrgAccess;
import dev.mockapi.manager.org.Role;
import dev.mockapi.manager.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds a project the caller may act on with at least a given role; 404 for non-members. */
@Component
public class ProjectAccess {

  private final ProjectRepository projects;
  private final OrgAccess orgAccess;

  ProjectAccess(ProjectRepository projects, OrgAccess orgAccess) {
    this.projects = projects;
    this.orgAccess = orgAccess;
  }

  @Transactional(readOnly = true)
  public Project require(long projectId, long userId, Role minimum) {
    Project project =
        projects.findById(projectId).orElseThrow(() -> new NotFoundException("Project", projectId));
    try {
      orgAccess.require(project.getOrgId(), userId, minimum);
    } catch (NotFoundException notMember) {
      throw new NotFoundException("Project", projectId);
    }
    return project;
  }
}
