package dev.mockapi.manager.project;

import dev.mockapi.manager.auth.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Projects")
class ProjectController {

  private final ProjectService projects;

  ProjectController(ProjectService projects) {
    this.projects = projects;
  }

  @PostMapping("/api/orgs/{orgId}/projects")
  @ResponseStatus(HttpStatus.CREATED)
  ProjectResponse create(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long orgId,
      @Valid @RequestBody ProjectRequests.Create request) {
    return projects.create(orgId, user.id(), request);
  }

  @GetMapping("/api/orgs/{orgId}/projects")
  List<ProjectResponse> list(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long orgId) {
    return projects.list(orgId, user.id());
  }

  @GetMapping("/api/projects/{projectId}")
  ProjectResponse get(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long projectId) {
    return projects.get(projectId, user.id());
  }

  @PatchMapping("/api/projects/{projectId}")
  @Operation(summary = "Change name, description or settings; absent fields stay as they are")
  ProjectResponse update(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long projectId,
      @Valid @RequestBody ProjectRequests.Update request) {
    return projects.update(projectId, user.id(), request);
  }

  @DeleteMapping("/api/projects/{projectId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long projectId) {
    projects.delete(projectId, user.id());
  }

  @PostMapping("/api/projects/{projectId}/api-key")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Issue a new API key for X-Api-Key (shown once; replaces the old one)")
  ProjectService.ApiKeyResponse issueApiKey(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long projectId) {
    return projects.issueApiKey(projectId, user.id());
  }
}
