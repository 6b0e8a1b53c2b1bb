package dev.mockapi.manager.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the manager API itself ({@code mockapi.api.*}).
 *
 * @param maxRequestSize largest request body accepted; larger ones are answered 413
 * @param maxImportSize largest upload to {@code POST /api/projects/{id}/import} (a zip counts
 *     compressed); larger ones are answered 413
 * @param json bounds of request JSON
 */
@Validated
@ConfigurationProperties("mockapi.api")
public record ApiProperties(
    @NotNull DataSize maxRequestSize, @NotNull DataSize maxImportSize, @NotNull @Valid Json json) {

  /**
   * Bounds the JSON parser checks while it reads a request body ({@code mockapi.api.json.*}), so no
   * value larger than these is ever built in memory; a body that passes one answers 400.
   *
   * @param maxStringLength longest string value, in characters; the largest legitimate one is a
   *     body template of 256 KiB of UTF-8, which has at most that many characters
   * @param maxNameLength longest property name, in characters
   * @param maxNestingDepth deepest nesting of objects and arrays
   * @param maxNumberLength longest number, in characters
   */
  public record Json(
      @Min(1) int maxStringLength,
      @Min(1) int maxNameLength,
      @Min(1) int maxNestingDepth,
      @Min(1) int maxNumberLength) {}
}
