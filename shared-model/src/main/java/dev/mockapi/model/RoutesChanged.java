package dev.mockapi.model;

/**
 * Announced on {@link RedisKeys#CONFIG_CHANNEL} after a project's route table was written or
 * removed. Engines reload the table of {@code slug} when {@code version} is newer than theirs.
 *
 * @param slug the project slug
 * @param version the route-table version now in Redis
 * @param deleted true when the project was deleted and its table removed
 */
public record RoutesChanged(String slug, long version, boolean deleted) {}
