package dev.mockapi.manager.project;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The projects as other features read them. */
@Component
public class ProjectLookup {

  private final ProjectRepository projects;

  ProjectLookup(ProjectRepository projects) {
    this.projects = projects;
  }

  public Optional<Project> byId(long projectId) {
    return projects.findById(projectId);
  }

  /** Every project of the installation. */
  public List<Project> all() {
    return projects.findAll();
  }

  /** The projects of an organization, by name. */
  public List<Project> ofOrg(long orgId) {
    return projects.findByOrgIdOrderByNameAscIdAsc(orgId);
  }

  /** The id of the project whose Redis keys are named by {@code projectKey}. */
  public Optional<Long> idByProjectKey(String projectKey) {
    return projects.findIdByProjectKey(projectKey);
  }
}
