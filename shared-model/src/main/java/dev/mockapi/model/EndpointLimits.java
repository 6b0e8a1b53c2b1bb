package dev.mockapi.model;

/** Size bounds of an endpoint definition, enforced by the manager when it is saved. */
public final class EndpointLimits {

  /** Largest response or failure body template, in UTF-8 bytes. */
  public static final int MAX_BODY_BYTES = 256 * 1024;

  /** Most response headers per endpoint. */
  public static final int MAX_HEADERS = 50;

  /** Longest header value template, in characters. */
  public static final int MAX_HEADER_VALUE_LENGTH = 8 * 1024;

  /** Longest description. */
  public static final int MAX_DESCRIPTION_LENGTH = 1_000;

  private EndpointLimits() {}
}
