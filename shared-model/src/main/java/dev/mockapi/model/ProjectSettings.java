package dev.mockapi.model;

import java.util.List;

/**
 * Project-wide behaviour of the mock engine.
 *
 * @param chaosMode the project-wide chaos switch
 * @param cors what browsers may call the project's mocks
 * @param apiKeyRequired whether mock calls need the project's {@code X-Api-Key}
 * @param fakerLocale the locale of generated fake data, as a BCP 47 tag such as {@code en-US}
 */
public record ProjectSettings(
    ChaosMode chaosMode, Cors cors, boolean apiKeyRequired, String fakerLocale) {

  /** The settings of a new project: no chaos, CORS open to every origin, public, English data. */
  public static ProjectSettings defaults() {
    return new ProjectSettings(
        new ChaosMode(false, null), new Cors(List.of("*"), false), false, "en");
  }

  /**
   * Chaos for every endpoint of the project that has none of its own.
   *
   * @param enabled whether the policy applies now
   * @param policy the chaos to apply
   */
  public record ChaosMode(boolean enabled, ChaosSpec policy) {}

  /**
   * Cross-origin rules for the project's mock URLs.
   *
   * @param allowedOrigins origins allowed to call, or {@code *} for any
   * @param allowCredentials whether browsers may send cookies and credentials
   */
  public record Cors(List<String> allowedOrigins, boolean allowCredentials) {

    public Cors {
      allowedOrigins = allowedOrigins == null ? List.of("*") : List.copyOf(allowedOrigins);
    }
  }
}
