package dev.mockapi.model.state;

/**
 * How much state a project may keep; both services read the same {@code mockapi.state.*} settings.
 *
 * @param maxItemsPerCollection items one collection may hold
 * @param maxItemBytes bytes of one stored item (UTF-8 JSON)
 * @param maxCollectionsPerProject collections one project may hold
 */
public record StateLimits(
    int maxItemsPerCollection, int maxItemBytes, int maxCollectionsPerProject) {}
