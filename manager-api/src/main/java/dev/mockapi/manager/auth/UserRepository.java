package dev.mockapi.manager.auth;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Accounts by id and by normalised email. */
public interface UserRepository extends JpaRepository<User, Long> {

  Optional<User> findByEmail(String email);

  boolean existsByEmail(String email);
}
