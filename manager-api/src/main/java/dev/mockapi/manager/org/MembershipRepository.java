package dev.mockapi.manager.org;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MembershipRepository extends JpaRepository<Membership, Long> {

  Optional<Membership> findByOrgIdAndUserId(long orgId, long userId);

  long countByUserIdAndRole(long userId, Role role);

  /**
   * Locks the organization row until the transaction ends, so two membership changes of one org
   * (say, two Owners demoting each other) run one after the other and cannot both pass the
   * last-Owner check. Native SQL because Hibernate's MySQL dialect writes {@code FOR UPDATE OF},
   * which MariaDB rejects.
   */
  @Query(value = "select id from organizations where id = :orgId for update", nativeQuery = true)
  Long lockOrganization(@Param("orgId") long orgId);

  List<Membership> findByOrgIdOrderById(long orgId);

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
