/**
 * Live log events: queued on the hot path without blocking, published by one background thread to
 * Pub/Sub and the capped history stream. A slow or absent Redis drops events and counts them.
 */
package dev.mockapi.engine.requestlog;
