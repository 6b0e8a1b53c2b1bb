/**
 * Per-project, per-endpoint, per-minute traffic counts for the manager's analytics (DESIGN section
 * 4): each answered call is counted in memory on the thread that answered it (no Redis call per
 * request, and exact even when log events are dropped); a background thread adds the counts to
 * minute and hour hashes in Redis every few seconds with one Lua call, keeps them while Redis is
 * away (up to a bound), and flushes once more on shutdown.
 */
package dev.mockapi.engine.analytics;
