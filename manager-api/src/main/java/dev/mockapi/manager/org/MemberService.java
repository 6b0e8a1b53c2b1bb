package dev.mockapi.manager.org;

import dev.mockapi.manager.auth.Emails;
import dev.mockapi.manager.auth.User;
import dev.mockapi.manager.auth.UserLookup;
import dev.mockapi.manager.web.ConflictException;
import dev.mockapi.manager.web.ForbiddenException;
import dev.mockapi.manager.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Membership changes under the rules of DESIGN section 9: Admins manage members, only Owners grant
 * or revoke Owner, and an org always keeps at least one Owner.
 */
@Service
class MemberService {

  private final MembershipRepository memberships;
  private final UserLookup users;
  private final OrgAccess access;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  MemberService(
      MembershipRepository memberships,
      UserLookup users,
      OrgAccess access,
      Clock clock,
      ApplicationEventPublisher events) {
    this.memberships = memberships;
    this.users = users;
    this.access = access;
    this.clock = clock;
    this.events = events;
  }

  @Transactional(readOnly = true)
  List<MemberResponse> list(long orgId, long userId) {
    access.require(orgId, userId, Role.VIEWER);
    return memberships.listMembers(orgId);
  }

  @Transactional
  MemberResponse add(long orgId, long callerId, OrgRequests.AddMember request) {
    Role caller = access.require(orgId, callerId, Role.ADMIN);
    requireOwnerToTouchOwner(caller, request.role());
    String email = Emails.normalise(request.email());
    User user =
        users
            .byEmail(email)
            .orElseThrow(() -> new NotFoundException("No registered user has the email " + email));
    if (memberships.findByOrgIdAndUserId(orgId, user.getId()).isPresent()) {
      throw new ConflictException(email + " is already a member of this organization");
    }
    Membership membership =
        memberships.save(new Membership(orgId, user.getId(), request.role(), clock.instant()));
    return new MemberResponse(
        user.getId(),
        user.getEmail(),
        user.getDisplayName(),
        membership.getRole(),
        membership.getCreatedAt());
  }

  @Transactional
  MemberResponse changeRole(long orgId, long callerId, long memberId, Role newRole) {
    Role caller = access.require(orgId, callerId, Role.ADMIN);
    List<Membership> all = lockedMembers(orgId);
    Membership target = member(all, orgId, memberId);
    requireOwnerToTouchOwner(caller, target.getRole());
    requireOwnerToTouchOwner(caller, newRole);
    if (target.getRole() == Role.OWNER && newRole != Role.OWNER) {
      requireAnotherOwner(all, "demoted");
    }
    target.setRole(newRole);
    return memberships.listMembers(orgId).stream()
        .filter(m -> m.userId() == memberId)
        .findFirst()
        .orElseThrow();
  }

  @Transactional
  void remove(long orgId, long callerId, long memberId) {
    // Anyone may leave; removing someone else takes an Admin.
    Role caller = access.require(orgId, callerId, callerId == memberId ? Role.VIEWER : Role.ADMIN);
    List<Membership> all = lockedMembers(orgId);
    Membership target = member(all, orgId, memberId);
    if (callerId != memberId) {
      requireOwnerToTouchOwner(caller, target.getRole());
    }
    if (target.getRole() == Role.OWNER) {
      requireAnotherOwner(all, "removed");
    }
    memberships.delete(target);
    events.publishEvent(new MemberRemoved(orgId, memberId));
  }

  private List<Membership> lockedMembers(long orgId) {
    memberships.lockOrganization(orgId);
    return memberships.findByOrgIdOrderById(orgId);
  }

  private static Membership member(List<Membership> all, long orgId, long memberId) {
    return all.stream()
        .filter(m -> m.getUserId() == memberId)
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException("User " + memberId + " is not a member of org " + orgId));
  }

  private static void requireOwnerToTouchOwner(Role caller, Role role) {
    if (role == Role.OWNER && caller != Role.OWNER) {
      throw new ForbiddenException("Only an Owner can grant or revoke the Owner role");
    }
  }

  private static void requireAnotherOwner(List<Membership> all, String what) {
    long owners = all.stream().filter(m -> m.getRole() == Role.OWNER).count();
    if (owners <= 1) {
      throw new ConflictException(
          "The last Owner cannot be " + what + "; make another member Owner first");
    }
  }
}
