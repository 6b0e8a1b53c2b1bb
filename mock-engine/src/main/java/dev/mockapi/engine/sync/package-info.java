/**
 * Keeps the engine's in-memory route tables in step with Redis: all of them on start, one on each
 * {@code mockapi:config} announcement, and all again every resync interval.
 */
package dev.mockapi.engine.sync;
