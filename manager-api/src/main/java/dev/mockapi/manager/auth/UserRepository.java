package dev.mockapi.manager.auth;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Accounts by id and by normalised email. */
public interface UserRepository extends JpaRepository<User, Long> {

  Optional<User> findByEmail(String email);

  boolean existsByEmail(String email);

  /**
   * Locks the user's row until the transaction ends, so what counts against the user (the
   * organizations they own) is checked by one transaction at a time. Native SQL: Hibernate's MySQL
   * dialect writes {@code FOR UPDATE OF}, which MariaDB rejects.
   */
  @Query(value = "select id from users where id = :id for update", nativeQuery = true)
  Long lock(@Param("id") long id);
}
