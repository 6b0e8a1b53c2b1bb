package dev.mockapi.manager.org;

import java.time.Instant;

/** A member of an organization. */
public record MemberResponse(
    long userId, String email, String displayName, Role role, Instant joinedAt) {}
