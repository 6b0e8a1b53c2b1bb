package dev.mockapi.model;

import java.net.URI;

/**
 * Every RFC 9457 problem {@code type} the manager API and the mock engine answer with: one
 * vocabulary for both, so the same failure has the same name whichever service reports it. Clients
 * switch on the {@link #uri() type}; it never changes once published. The {@link #title() title} is
 * the type's summary (an answer may give a more telling one) and the {@link #status() status} the
 * one it is answered with (an injected failure takes the endpoint's {@code failureStatus}; the
 * framework's own refusals keep theirs under {@link #BAD_REQUEST} and {@link #INTERNAL}).
 *
 * <p>{@code docs/api.md} lists each of them; {@code ProblemTypeDocsTest} keeps the two in step.
 */
public enum ProblemType {

  // Either service.
  VALIDATION("validation", "Validation failed", 400),
  BAD_REQUEST("bad-request", "Bad Request", 400),
  UNAUTHORIZED("unauthorized", "Unauthorized", 401),
  NOT_FOUND("not-found", "Not Found", 404),
  PAYLOAD_TOO_LARGE("payload-too-large", "Content Too Large", 413),
  STATE_UNAVAILABLE("state-unavailable", "State store unavailable", 503),
  STORAGE_FULL("storage-full", "Storage full", 507),

  // The state store refused a write (StateRefusedException), from a mock or a manager seed.
  DUPLICATE_ID("duplicate-id", "Duplicate id", 409),
  COLLECTION_FULL("collection-full", "Collection full", 409),
  TOO_MANY_COLLECTIONS("too-many-collections", "Too many collections", 409),
  ITEM_TOO_LARGE("item-too-large", "Item too large", 413),
  COLLECTION_TOO_LARGE("collection-too-large", "Collection too large", 413),

  // The manager API.
  FORBIDDEN("forbidden", "Forbidden", 403),
  CONFLICT("conflict", "Conflict", 409),
  // The version a client sent is not the stored one: someone saved since it read. Reload, reapply.
  STALE_VERSION("stale-version", "Stale version", 409),
  QUOTA_EXCEEDED("quota-exceeded", "Quota exceeded", 409),
  TOO_MANY_REQUESTS("too-many-requests", "Too Many Requests", 429),
  MALFORMED_IMPORT("malformed-import", "Malformed import", 400),
  HISTORY_UNAVAILABLE("history-unavailable", "Request history unavailable", 503),
  ANALYTICS_UNAVAILABLE("analytics-unavailable", "Analytics unavailable", 503),
  INTERNAL("internal", "Internal Server Error", 500),

  // The mock engine.
  NO_MATCHING_ENDPOINT("no-matching-endpoint", "No endpoint matches", 404),
  INVALID_ITEM("invalid-item", "Invalid item", 400),
  INVALID_QUERY("invalid-query", "Invalid list query", 400),
  MISSING_ID("missing-id", "Missing id", 400),
  ITEM_NOT_FOUND("item-not-found", "Item not found", 404),
  CONCURRENT_UPDATE("concurrent-update", "Item changed meanwhile", 409),
  RENDER_FAILED("render-failed", "The response template failed", 500),
  INJECTED_FAILURE("injected-failure", "Injected failure", 503);

  /** What every type URI starts with. */
  public static final String PREFIX = "urn:mockapi:problem:";

  private final String slug;
  private final String title;
  private final int status;
  private final URI uri;

  ProblemType(String slug, String title, int status) {
    this.slug = slug;
    this.title = title;
    this.status = status;
    this.uri = URI.create(PREFIX + slug);
  }

  /** The type's last segment, such as {@code item-not-found}. */
  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public int status() {
    return status;
  }

  /** The problem's {@code type} member, such as {@code urn:mockapi:problem:item-not-found}. */
  public URI uri() {
    return uri;
  }
}
