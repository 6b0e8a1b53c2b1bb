package dev.mockapi.manager.auth;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** The accounts as other features read them: by id, by email, and a row lock for quota checks. */
@Component
public class UserLookup {

  private final UserRepository users;

  UserLookup(UserRepository users) {
    this.users = users;
  }

  public Optional<User> byId(long userId) {
    return users.findById(userId);
  }

  /**
   * @param email normalised ({@link Emails#normalise})
   */
  public Optional<User> byEmail(String email) {
    return users.findByEmail(email);
  }

  /** Locks the user's row until the transaction ends (see {@link UserRepository#lock}). */
  public void lock(long userId) {
    users.lock(userId);
  }
}
