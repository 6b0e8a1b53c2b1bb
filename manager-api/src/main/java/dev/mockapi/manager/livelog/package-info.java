/**
 * The request history as the manager serves it (DESIGN sections 4 and 11): the engine appends every
 * served mock call, as a {@link dev.mockapi.model.RequestLogEvent} in JSON, to the capped Redis
 * stream {@code mockapi:history:{projectId}}; these routes read it newest first through one filter
 * (method, status or status class, path pattern, matched), count the calls that pass
 * (WireMock-verify style: "was POST /orders called twice?") and clear it. An entry that cannot be
 * read is skipped; Redis failing is a 503 problem, never a 500.
 */
package dev.mockapi.manager.livelog;
