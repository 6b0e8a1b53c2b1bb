package dev.mockapi.manager.org;

import dev.mockapi.manager.auth.AuthenticatedUser;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orgs")
@Tag(name = "Organizations")
class OrgController {

  private final OrgService orgs;

  OrgController(OrgService orgs) {
    this.orgs = orgs;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  OrgResponse create(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @Valid @RequestBody OrgRequests.SaveOrg request) {
    return orgs.create(user.id(), request);
  }

  @GetMapping
  List<OrgResponse> list(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user) {
    return orgs.listFor(user.id());
  }

  @GetMapping("/{orgId}")
  OrgResponse get(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long orgId) {
    return orgs.get(orgId, user.id());
  }

  @PatchMapping("/{orgId}")
  OrgResponse rename(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long orgId,
      @Valid @RequestBody OrgRequests.SaveOrg request) {
    return orgs.rename(orgId, user.id(), request);
  }

  @DeleteMapping("/{orgId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long orgId) {
    orgs.delete(orgId, user.id());
  }
}
