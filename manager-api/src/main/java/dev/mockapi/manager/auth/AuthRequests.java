package dev.mockapi.manager.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of the auth routes. */
final class AuthRequests {

  private AuthRequests() {}

  record Register(
      @NotBlank @Email @Size(max = 254) String email,
      @NotBlank @Size(min = 8, max = 72, message = "must be 8 to 72 characters") String password,
      @Size(max = 100) String displayName) {

    Register {
      email = email == null ? null : email.trim();
    }
  }

  record Login(@NotBlank String email, @NotBlank String password) {}

  record Refresh(@NotBlank String refreshToken) {}
}
