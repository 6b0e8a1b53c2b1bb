package dev.mockapi.manager.project;

import dev.mockapi.model.ProjectSettings;
import java.time.Instant;

/**
 * A project as the API shows it.
 *
 * @param projectKey the key naming the project's data in Redis (not a secret)
 * @param apiKeyIssued whether an API key exists (the key itself is shown once, when issued)
 */
record ProjectResponse(
    long id,
    long orgId,
    String name,
    String slug,
    String projectKey,
    String description,
    String mockBaseUrl,
    ProjectSettings settings,
    boolean apiKeyIssued,
    Instant createdAt) {}
