/**
 * Traffic analytics of a project (issue #5): the engine counts every answered mock call in memory
 * and adds the counts every few seconds to per-minute and per-hour Redis hashes (fields as {@link
 * dev.mockapi.model.AnalyticsFields} names them); {@code GET /api/projects/{id}/analytics} sums the
 * hashes of a window (1 hour by minute, 24 hours or 7 days by hour) into totals, the busiest
 * endpoints and a zero-filled series. Percentiles are estimated from the latency buckets. Redis
 * failing is a 503 problem; a deleted project's hashes are removed after the deletion commits.
 */
package dev.mockapi.manager.analytics;
