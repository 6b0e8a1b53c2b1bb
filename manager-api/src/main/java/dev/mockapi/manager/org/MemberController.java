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
@RequestMapping("/api/orgs/{orgId}/members")
@Tag(name = "Members")
class MemberController {

  private final MemberService members;

  MemberController(MemberService members) {
    this.members = members;
  }

  @GetMapping
  List<MemberResponse> list(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long orgId) {
    return members.list(orgId, user.id());
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  MemberResponse add(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long orgId,
      @Valid @RequestBody OrgRequests.AddMember request) {
    return members.add(orgId, user.id(), request);
  }

  @PatchMapping("/{userId}")
  MemberResponse changeRole(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long orgId,
      @PathVariable long userId,
      @Valid @RequestBody OrgRequests.ChangeRole request) {
    return members.changeRole(orgId, user.id(), userId, request.role());
  }

  @DeleteMapping("/{userId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void remove(
      @Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable long orgId,
      @PathVariable long userId) {
    members.remove(orgId, user.id(), userId);
  }
}
