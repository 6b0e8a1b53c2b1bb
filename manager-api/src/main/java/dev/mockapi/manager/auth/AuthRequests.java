package dev.mockapi.manager.auth;

import dev.mockapi.manager.web.Utf8Size;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Request bodies of the auth routes. Every text has a cap, checked before the service sees it: no
 * throttle, database or bcrypt work for a text no account could have.
 */
final class AuthRequests {

  /** bcrypt reads only the first 72 bytes; longer passwords are refused rather than cut. */
  static final int MAX_PASSWORD_BYTES = 72;

  static final String PASSWORD_BYTES = "must be at most 72 bytes in UTF-8";

  private AuthRequests() {}

  record Register(
      @NotBlank @Email @Size(max = Emails.MAX_LENGTH) String email,
      @NotBlank
          @Size(min = 8, max = 72, message = "must be 8 to 72 characters")
          @Utf8Size(max = MAX_PASSWORD_BYTES, message = PASSWORD_BYTES)
          String password,
      @Size(max = 100) String displayName) {

    Register {
      email = email == null ? null : email.trim();
    }
  }

  record Login(
      @NotBlank @Size(max = Emails.MAX_LENGTH) String email,
      @NotBlank @Utf8Size(max = MAX_PASSWORD_BYTES, message = PASSWORD_BYTES) String password) {}

  record Refresh(@NotBlank @Size(max = RefreshTokens.MAX_LENGTH) String refreshToken) {}
}
