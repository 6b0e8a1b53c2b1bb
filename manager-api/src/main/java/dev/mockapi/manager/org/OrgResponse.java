package dev.mockapi.manager.org;

import java.time.Instant;

/** An organization with the caller's role in it. */
public record OrgResponse(long id, String name, String slug, Role role, Instant createdAt) {}
