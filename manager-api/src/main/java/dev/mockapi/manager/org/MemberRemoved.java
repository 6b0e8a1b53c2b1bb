package dev.mockapi.manager.org;

/**
 * A member left or was removed from an organization in the current transaction: once it commits,
 * they may read none of its projects.
 */
public record MemberRemoved(long orgId, long userId) {}
