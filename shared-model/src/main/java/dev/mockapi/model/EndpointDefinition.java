package dev.mockapi.model;

/**
 * One mock endpoint as defined by a user (DESIGN section 11).
 *
 * @param method an HTTP method name or {@code ANY}
 * @param path a path pattern, see {@link PathPattern}
 * @param description free text
 * @param enabled disabled endpoints are kept but never matched
 * @param priority breaks ties between equally specific patterns; higher wins
 * @param response what to answer
 * @param chaos latency and failures to inject, or null
 * @param state the collection action to perform, or null
 */
public record EndpointDefinition(
    String method,
    String path,
    String description,
    boolean enabled,
    int priority,
    ResponseSpec response,
    ChaosSpec chaos,
    StateBinding state) {}
