package dev.mockapi.manager.project;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where users reach the mock engine ({@code mockapi.engine.public-url}), the one engine setting the
 * manager reads; the engine's own {@code mockapi.engine.*} settings are the engine's {@code
 * EngineProperties}. Project mock URLs are built from it as {@code {publicUrl}/mock/{slug}}.
 */
@Validated
@ConfigurationProperties("mockapi.engine")
public record EnginePublicUrl(@NotBlank String publicUrl) {

  /** Where the project's mocks are served: {@code {publicUrl}/mock/{slug}}. */
  public String mockBaseUrl(String slug) {
    String base =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    return base + "/mock/" + slug;
  }
}
