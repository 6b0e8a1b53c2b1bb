package dev.mockapi.manager.transfer;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Bounds of what one import expands to ({@code mockapi.import.*}; the upload itself is bounded by
 * {@code mockapi.api.max-import-size}); an upload over one is a 400 malformed-import, never a
 * partial import.
 *
 * @param maxFiles most files in a zip upload
 * @param maxUnzippedSize most bytes a zip upload may expand to, all files together
 * @param maxAliases most YAML aliases one document may use (a billion-laughs guard)
 */
@Validated
@ConfigurationProperties("mockapi.import")
public record ImportLimits(
    @Min(1) int maxFiles, @NotNull DataSize maxUnzippedSize, @Min(0) int maxAliases) {}
