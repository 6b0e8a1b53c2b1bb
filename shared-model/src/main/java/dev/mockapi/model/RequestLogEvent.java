package dev.mockapi.model;

import java.util.Map;

/**
 * One served mock request (DESIGN section 11): the Pub/Sub message, the history entry and the STOMP
 * payload share this shape. Bodies are cut at {@link #MAX_BODY_CHARS} with a flag; {@code
 * Authorization}, {@code Cookie} and {@code X-Api-Key} values are masked.
 *
 * @param id a random UUID
 * @param timestamp when the request arrived, ISO-8601
 * @param projectKey the key naming the project's data in Redis ({@link RedisKeys})
 * @param endpointId the matched endpoint, or null when nothing matched
 * @param matched whether an endpoint matched
 * @param durationMs time from arrival to the response being written, delays included
 */
public record RequestLogEvent(
    String id,
    String timestamp,
    long projectId,
    String projectSlug,
    String projectKey,
    Long endpointId,
    boolean matched,
    Request request,
    Response response,
    long durationMs,
    Chaos chaos) {

  /** Longest body kept in an event. */
  public static final int MAX_BODY_CHARS = 8 * 1024;

  /** Header values replaced by {@link #MASK}. */
  public static final java.util.Set<String> MASKED_HEADERS =
      java.util.Set.of("authorization", "cookie", "set-cookie", "x-api-key");

  public static final String MASK = "***";

  public record Request(
      String method,
      String path,
      String query,
      Map<String, String> headers,
      String body,
      boolean bodyTruncated) {}

  public record Response(
      int status, Map<String, String> headers, String body, boolean bodyTruncated) {}

  /**
   * What chaos did to the call.
   *
   * @param delayMs the injected delay
   * @param failed whether the call was made to fail
   * @param fault the fault used when it failed, else null
   */
  public record Chaos(long delayMs, boolean failed, Fault fault) {

    public static final Chaos NONE = new Chaos(0, false, null);
  }
}
