package dev.mockapi.manager.project;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The route-table version of a project, as the features that change its configuration move it. */
@Component
public class ProjectConfigVersion {

  private final ProjectRepository projects;

  ProjectConfigVersion(ProjectRepository projects) {
    this.projects = projects;
  }

  /**
   * Moves the version on and takes the project row's write lock until the caller's transaction
   * ends, so concurrent changes to one project commit one after the other.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void advance(long projectId) {
    projects.bumpConfigVersion(projectId);
  }
}
