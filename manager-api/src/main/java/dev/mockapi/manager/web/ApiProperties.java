package dev.mockapi.manager.web;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the manager API itself ({@code mockapi.api.*}).
 *
 * @param maxRequestSize largest request body accepted; larger ones are answered 413
 */
@Validated
@ConfigurationProperties("mockapi.api")
public record ApiProperties(@NotNull DataSize maxRequestSize) {}
