package dev.mockapi.manager.org;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MembershipRepository extends JpaRepository<Membership, Long> {

  Optional<Membership> findByOrgIdAndUserId(long orgId, long userId);

  /** The memberships of an org, locked, so two demotions cannot both leave it without an Owner. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select m from Membership m where m.orgId = :orgId order by m.id")
  List<Membership> lockAllOfOrg(@Param("orgId") long orgId);

  @Query(
      "select new dev.mockapi.manager.org.MemberResponse(u.id, u.email, u.displayName, m.role,"
          + " m.createdAt) from Membership m, dev.mockapi.manager.auth.User u"
          + " where m.userId = u.id and m.orgId = :orgId order by m.id")
  List<MemberResponse> listMembers(@Param("orgId") long orgId);

  @Query(
      "select new dev.mockapi.manager.org.OrgResponse(o.id, o.name, o.slug, m.role, o.createdAt)"
          + " from Membership m, Organization o where m.orgId = o.id and m.userId = :userId"
          + " order by o.name, o.id")
  List<OrgResponse> listOrgsOf(@Param("userId") long userId);
}
