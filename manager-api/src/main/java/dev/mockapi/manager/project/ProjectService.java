package dev.mockapi.manager.project;

import dev.mockapi.manager.common.Slugs;
import dev.mockapi.manager.org.OrgAccess;
import dev.mockapi.manager.org.OrganizationDeleting;
import dev.mockapi.manager.org.Role;
import dev.mockapi.manager.quota.QuotaProperties;
import dev.mockapi.manager.web.ConflictException;
import dev.mockapi.model.Sha256;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ProjectService {

  private final ProjectRepository projects;
  private final ProjectAccess projectAccess;
  private final OrgAccess orgAccess;
  private final EnginePublicUrl engineUrl;
  private final QuotaProperties quotas;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ProjectService(
      ProjectRepository projects,
      ProjectAccess projectAccess,
      OrgAccess orgAccess,
      EnginePublicUrl engineUrl,
      QuotaProperties quotas,
      ApplicationEventPublisher events,
      Clock clock) {
    this.projects = projects;
    this.projectAccess = projectAccess;
    this.orgAccess = orgAccess;
    this.engineUrl = engineUrl;
    this.quotas = quotas;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  ProjectResponse create(long orgId, long userId, ProjectRequests.Create request) {
    orgAccess.requireLocked(orgId, userId, Role.ADMIN);
    quotas.projects().requireRoomFor(projects.countByOrgId(orgId), 1);
    String slug =
        request.slug() != null
            ? request.slug()
            : Slugs.unique(request.name(), projects::existsBySlug);
    if (request.slug() != null && projects.existsBySlug(slug)) {
      throw slugTaken(slug);
    }
    Project project;
    try {
      project =
          projects.saveAndFlush(
              new Project(
                  orgId, request.name().trim(), slug, request.description(), clock.instant()));
    } catch (DataIntegrityViolationException raced) {
      throw slugTaken(slug);
    }
    events.publishEvent(new ProjectConfigChanged(project.getId()));
    return response(project);
  }

  @Transactional(readOnly = true)
  List<ProjectResponse> list(long orgId, long userId) {
    orgAccess.require(orgId, userId, Role.VIEWER);
    return projects.findByOrgIdOrderByNameAscIdAsc(orgId).stream().map(this::response).toList();
  }

  @Transactional(readOnly = true)
  ProjectResponse get(long projectId, long userId) {
    return response(projectAccess.require(projectId, userId, Role.VIEWER));
  }

  @Transactional
  ProjectResponse update(long projectId, long userId, ProjectRequests.Update request) {
    Project project = projectAccess.require(projectId, userId, Role.ADMIN);
    if (request.name() != null) {
      project.setName(request.name().trim());
    }
    if (request.description() != null) {
      project.setDescription(request.description());
    }
    if (request.settings() != null) {
      var settings = request.settings().applyTo(project.getSettings());
      ProjectSettingsValidator.validate(settings);
      project.setSettings(settings);
    }
    configChanged(project);
    return response(project);
  }

  @Transactional
  void delete(long projectId, long userId) {
    Project project = projectAccess.require(projectId, userId, Role.ADMIN);
    projects.delete(project);
    events.publishEvent(
        new ProjectDeleted(project.getId(), project.getProjectKey(), project.getSlug()));
  }

  /** Issues a new API key, replacing any earlier one; the key is shown only in this answer. */
  @Transactional
  ApiKeyResponse issueApiKey(long projectId, long userId) {
    Project project = projectAccess.require(projectId, userId, Role.ADMIN);
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String key = "mk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    project.setApiKeyHash(Sha256.hex(key));
    configChanged(project);
    return new ApiKeyResponse(key);
  }

  @EventListener
  void onOrganizationDeleting(OrganizationDeleting event) {
    for (Project project : projects.findByOrgIdOrderByNameAscIdAsc(event.orgId())) {
      events.publishEvent(
          new ProjectDeleted(project.getId(), project.getProjectKey(), project.getSlug()));
    }
  }

  private void configChanged(Project project) {
    projects.bumpConfigVersion(project.getId());
    events.publishEvent(new ProjectConfigSaving(project.getId()));
    events.publishEvent(new ProjectConfigChanged(project.getId()));
  }

  private static ConflictException slugTaken(String slug) {
    return new ConflictException("The slug '" + slug + "' is already taken; choose another");
  }

  private ProjectResponse response(Project project) {
    return new ProjectResponse(
        project.getId(),
        project.getOrgId(),
        project.getName(),
        project.getSlug(),
        project.getProjectKey(),
        project.getDescription(),
        engineUrl.mockBaseUrl(project.getSlug()),
        project.getSettings(),
        project.getApiKeyHash() != null,
        project.getCreatedAt());
  }

  record ApiKeyResponse(String apiKey) {}
}
