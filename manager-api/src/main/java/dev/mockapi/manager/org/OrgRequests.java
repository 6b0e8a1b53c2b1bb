package dev.mockapi.manager.org;

import dev.mockapi.manager.auth.Emails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the organization and member routes. */
final class OrgRequests {

  private OrgRequests() {}

  record SaveOrg(@NotBlank @Size(max = 100) String name) {}

  record AddMember(
      @NotBlank @Email @Size(max = Emails.MAX_LENGTH) String email, @NotNull Role role) {}

  record ChangeRole(@NotNull Role role) {}
}
