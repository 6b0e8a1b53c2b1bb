package dev.mockapi.manager.project;

import dev.mockapi.model.ProjectSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the project routes. */
final class ProjectRequests {

  private ProjectRequests() {}

  record Create(
      @NotBlank @Size(max = 100) String name,
      @Pattern(
              regexp = "[a-z0-9][a-z0-9-]{1,38}[a-z0-9]",
              message =
                  "must be 3 to 40 characters of a-z, 0-9 and -, not starting or ending with -")
          String slug,
      @Size(max = 1000) String description) {}

  /** Fields left out stay as they are; settings merge field by field. */
  record Update(
      @Size(max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
      @Size(max = 1000) String description,
      @Valid SettingsPatch settings) {}

  record SettingsPatch(
      ProjectSettings.ChaosMode chaosMode,
      ProjectSettings.Cors cors,
      Boolean apiKeyRequired,
      @Size(max = 20) String fakerLocale) {

    ProjectSettings applyTo(ProjectSettings current) {
      return new ProjectSettings(
          chaosMode != null ? chaosMode : current.chaosMode(),
          cors != null ? cors : current.cors(),
          apiKeyRequired != null ? apiKeyRequired : current.apiKeyRequired(),
          fakerLocale != null ? fakerLocale : current.fakerLocale());
    }
  }
}
