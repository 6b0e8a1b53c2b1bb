package dev.mockapi.model.state;

/**
 * How much state a project may keep; both services read the same {@code mockapi.limits.*} settings.
 *
 * @param maxItemsPerCollection items one collection may hold
 * @param maxItemBytes bytes of one stored item (UTF-8 JSON)
 * @param maxCollectionsPerProject collections one project may hold
 * @param maxCollectionBytes bytes all items of one collection may hold together
 */
public record StateLimits(
    int maxItemsPerCollection,
    int maxItemBytes,
    int maxCollectionsPerProject,
    long maxCollectionBytes) {}
