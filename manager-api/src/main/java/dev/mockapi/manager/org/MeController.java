package dev.mockapi.manager.org;

import dev.mockapi.manager.auth.AuthenticatedUser;
import dev.mockapi.manager.auth.UserLookup;
import dev.mockapi.manager.web.UnauthorizedException;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is and where they belong; lives here because memberships do. */
@RestController
@Tag(name = "Auth")
class MeController {

  private final UserLookup users;
  private final MembershipRepository memberships;

  MeController(UserLookup users, MembershipRepository memberships) {
    this.users = users;
    this.memberships = memberships;
  }

  @GetMapping("/api/me")
  @Transactional(readOnly = true)
  MeResponse me(@Parameter(hidden = true) @AuthenticationPrincipal AuthenticatedUser caller) {
    var user =
        users
            .byId(caller.id())
            .orElseThrow(() -> new UnauthorizedException("The account no longer exists"));
    List<MeResponse.MembershipView> views =
        memberships.listOrgsOf(caller.id()).stream()
            .map(org -> new MeResponse.MembershipView(org.id(), org.name(), org.role()))
            .toList();
    return new MeResponse(user.getId(), user.getEmail(), user.getDisplayName(), views);
  }

  record MeResponse(long id, String email, String displayName, List<MembershipView> memberships) {
    record MembershipView(long orgId, String orgName, Role role) {}
  }
}
