package dev.mockapi.manager.org;

import dev.mockapi.manager.auth.UserLookup;
import dev.mockapi.manager.common.Slugs;
import dev.mockapi.manager.quota.QuotaProperties;
import dev.mockapi.manager.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OrgService {

  private final OrganizationRepository orgs;
  private final MembershipRepository memberships;
  private final UserLookup users;
  private final OrgAccess access;
  private final QuotaProperties quotas;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  OrgService(
      OrganizationRepository orgs,
      MembershipRepository memberships,
      UserLookup users,
      OrgAccess access,
      QuotaProperties quotas,
      ApplicationEventPublisher events,
      Clock clock) {
    this.orgs = orgs;
    this.memberships = memberships;
    this.users = users;
    this.access = access;
    this.quotas = quotas;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  OrgResponse create(long userId, OrgRequests.SaveOrg request) {
    users.lock(userId);
    quotas.orgs().requireRoomFor(memberships.countByUserIdAndRole(userId, Role.OWNER), 1);
    String name = request.name().trim();
    Organization org =
        orgs.save(new Organization(name, Slugs.unique(name, orgs::existsBySlug), clock.instant()));
    memberships.save(new Membership(org.getId(), userId, Role.OWNER, clock.instant()));
    return response(org, Role.OWNER);
  }

  @Transactional(readOnly = true)
  List<OrgResponse> listFor(long userId) {
    return memberships.listOrgsOf(userId);
  }

  @Transactional(readOnly = true)
  OrgResponse get(long orgId, long userId) {
    Role role = access.require(orgId, userId, Role.VIEWER);
    return response(find(orgId), role);
  }

  @Transactional
  OrgResponse rename(long orgId, long userId, OrgRequests.SaveOrg request) {
    Role role = access.require(orgId, userId, Role.ADMIN);
    Organization org = find(orgId);
    org.rename(request.name().trim());
    return response(org, role);
  }

  @Transactional
  void delete(long orgId, long userId) {
    access.require(orgId, userId, Role.OWNER);
    events.publishEvent(new OrganizationDeleting(orgId));
    orgs.deleteById(orgId);
  }

  private Organization find(long orgId) {
    return orgs.findById(orgId).orElseThrow(() -> new NotFoundException("Organization", orgId));
  }

  private static OrgResponse response(Organization org, Role role) {
    return new OrgResponse(org.getId(), org.getName(), org.getSlug(), role, org.getCreatedAt());
  }
}
