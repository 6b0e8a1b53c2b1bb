package dev.mockapi.manager.config;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the embedded defaults keep their files ({@code mockapi.data-dir}): the H2 database, the
 * generated signing secret and the embedded Redis data.
 */
@Validated
@ConfigurationProperties("mockapi")
public record MockapiProperties(@NotNull Path dataDir) {}
