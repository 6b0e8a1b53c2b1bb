package dev.mockapi.manager.org;

import dev.mockapi.manager.web.ForbiddenException;
import dev.mockapi.manager.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides what a user may do in an organization. Non-members get the same 404 as for an org that
 * does not exist; members below the needed role get 403.
 */
@Component
public class OrgAccess {

  private final MembershipRepository memberships;

  OrgAccess(MembershipRepository memberships) {
    this.memberships = memberships;
  }

  /**
   * The caller's role in {@code orgId}, if it is at least {@code minimum}.
   *
   * @throws NotFoundException when the user is not a member (or the org does not exist)
   * @throws ForbiddenException when the user's role is below {@code minimum}
   */
  @Transactional(readOnly = true)
  public Role require(long orgId, long userId, Role minimum) {
    Role role =
        memberships
            .findByOrgIdAndUserId(orgId, userId)
            .map(Membership::getRole)
            .orElseThrow(() -> new NotFoundException("Organization", orgId));
    if (!role.atLeast(minimum)) {
      throw new ForbiddenException(
          "This needs the " + minimum + " role or higher; you are " + role);
    }
    return role;
  }

  /**
   * As {@link #require}, and locks the organization's row until the transaction ends, so changes
   * that depend on what the org holds (its number of projects) run one after the other.
   */
  @Transactional
  public Role requireLocked(long orgId, long userId, Role minimum) {
    Role role = require(orgId, userId, minimum);
    memberships.lockOrganization(orgId);
    return role;
  }
}
