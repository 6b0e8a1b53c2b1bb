package dev.mockapi.manager.web;

import java.net.URI;

/** Stable problem {@code type} URIs; clients may switch on them. */
public final class ProblemTypes {

  public static final URI VALIDATION = type("validation");
  public static final URI BAD_REQUEST = type("bad-request");
  public static final URI UNAUTHORIZED = type("unauthorized");
  public static final URI FORBIDDEN = type("forbidden");
  public static final URI NOT_FOUND = type("not-found");
  public static final URI CONFLICT = type("conflict");
  public static final URI PAYLOAD_TOO_LARGE = type("payload-too-large");
  public static final URI TOO_MANY_REQUESTS = type("too-many-requests");
  // A mockapi.limits.* quota (endpoints, projects, organizations, route-table bytes) is reached.
  public static final URI QUOTA_EXCEEDED = type("quota-exceeded");
  // The state store (Redis) did not answer; the engine uses the same type for stateful mocks.
  public static final URI STATE_UNAVAILABLE = type("state-unavailable");
  // Redis is at its maxmemory and refuses writes; the engine uses the same type.
  public static final URI STORAGE_FULL = type("storage-full");
  // The request history (Redis) could not be read or cleared.
  public static final URI HISTORY_UNAVAILABLE = type("history-unavailable");
  // The analytics (Redis) could not be read.
  public static final URI ANALYTICS_UNAVAILABLE = type("analytics-unavailable");
  // An import document that cannot be read: its syntax, its structure, or a size or alias limit.
  public static final URI MALFORMED_IMPORT = type("malformed-import");
  public static final URI INTERNAL = type("internal");

  private ProblemTypes() {}

  private static URI type(String name) {
    return URI.create("urn:mockapi:problem:" + name);
  }
}
