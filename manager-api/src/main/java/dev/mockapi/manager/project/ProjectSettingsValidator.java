package dev.mockapi.manager.project;

import dev.mockapi.manager.chaos.ChaosValidator;
import dev.mockapi.manager.web.FieldErrors;
import dev.mockapi.model.ProjectSettings;
import java.net.URI;
import java.util.IllformedLocaleException;
import java.util.Locale;

/** Checks project settings before they are stored. */
final class ProjectSettingsValidator {

  private static final int MAX_ORIGINS = 50;

  private ProjectSettingsValidator() {}

  static void validate(ProjectSettings settings) {
    validate(settings, "");
  }

  /** As {@link #validate(ProjectSettings)}, with each field under {@code prefix}. */
  static void validate(ProjectSettings settings, String prefix) {
    FieldErrors errors = new FieldErrors(prefix);
    ProjectSettings.ChaosMode chaos = settings.chaosMode();
    if (chaos != null) {
      if (chaos.enabled()) {
        errors.check(
            chaos.policy() != null,
            "settings.chaosMode.policy",
            "is required when chaos mode is enabled");
      }
      ChaosValidator.validate("settings.chaosMode.policy", chaos.policy(), errors);
    }
    ProjectSettings.Cors cors = settings.cors();
    if (cors != null) {
      validateCors(cors, errors);
    }
    errors.check(
        isLanguageTag(settings.fakerLocale()),
        "settings.fakerLocale",
        "must be a language tag such as en, en-US, de or pt-BR");
    errors.throwIfAny();
  }

  private static void validateCors(ProjectSettings.Cors cors, FieldErrors errors) {
    errors.check(
        cors.allowedOrigins().size() <= MAX_ORIGINS,
        "settings.cors.allowedOrigins",
        "must list at most " + MAX_ORIGINS + " origins");
    for (int i = 0; i < cors.allowedOrigins().size(); i++) {
      String origin = cors.allowedOrigins().get(i);
      errors.check(
          "*".equals(origin) || isOrigin(origin),
          "settings.cors.allowedOrigins[" + i + "]",
          "must be * or an origin such as https://app.example.com or http://localhost:3000");
    }
    errors.check(
        !(cors.allowCredentials() && cors.allowedOrigins().contains("*")),
        "settings.cors.allowCredentials",
        "cannot be combined with the * origin; browsers refuse it. List the origins instead");
  }

  private static boolean isOrigin(String origin) {
    if (origin == null || origin.length() > 255) {
      return false;
    }
    try {
      URI uri = new URI(origin);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null
          && uri.getRawPath().isEmpty()
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null
          && uri.getRawUserInfo() == null;
    } catch (Exception e) {
      return false;
    }
  }

  private static boolean isLanguageTag(String tag) {
    if (tag == null || tag.isBlank() || tag.length() > 20) {
      return false;
    }
    try {
      return !new Locale.Builder().setLanguageTag(tag).build().getLanguage().isEmpty();
    } catch (IllformedLocaleException e) {
      return false;
    }
  }
}
