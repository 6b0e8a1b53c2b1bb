package dev.mockapi.manager.auth;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RefreshTokenRepository extends JpaRepository<RefreshToken, Long> {

  Optional<RefreshToken> findByTokenHash(String tokenHash);

  /**
   * The token, locked until the transaction ends. Native: Hibernate's MySQL dialect writes {@code
   * FOR UPDATE OF alias}, which MariaDB does not understand; plain {@code FOR UPDATE} works on
   * MySQL, MariaDB and H2.
   */
  @Query(
      value = "select * from refresh_tokens where token_hash = :tokenHash for update",
      nativeQuery = true)
  Optional<RefreshToken> lockByTokenHash(@Param("tokenHash") String tokenHash);

  @Query(
      "select count(t) > 0 from RefreshToken t where t.familyId = :familyId"
          + " and t.revokedAt is null and t.expiresAt > :now")
  boolean existsLiveInFamily(@Param("familyId") String familyId, @Param("now") Instant now);

  /** Revokes one token if it is still live; 0 means someone else used it first. */
  @Modifying
  @Query("update RefreshToken t set t.revokedAt = :now where t.id = :id and t.revokedAt is null")
  int revoke(@Param("id") long id, @Param("now") Instant now);

  @Modifying
  @Query(
      "update RefreshToken t set t.revokedAt = :now"
          + " where t.familyId = :familyId and t.revokedAt is null")
  int revokeFamily(@Param("familyId") String familyId, @Param("now") Instant now);

  @Modifying
  @Query("delete from RefreshToken t where t.expiresAt < :before")
  int deleteExpiredBefore(@Param("before") Instant before);
}
