package dev.mockapi.manager.auth;

/** A registered account as the API shows it. */
record UserResponse(long id, String email, String displayName) {

  static UserResponse of(User user) {
    return new UserResponse(user.getId(), user.getEmail(), user.getDisplayName());
  }
}
