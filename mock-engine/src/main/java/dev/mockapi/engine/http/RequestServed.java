package dev.mockapi.engine.http;

import dev.mockapi.engine.chaos.ChaosDecision;

/**
 * One answered mock call of a known project, as analytics and metrics count it.
 *
 * @param projectKey the key naming the project's data in Redis
 * @param endpointId the endpoint that answered; null when none did (no route matched, or the call
 *     was refused or answered before routing: CORS preflight, API key, body size)
 * @param status the status sent; 0 when a fault closed the connection instead
 * @param durationNanos from arrival until the answer was written, delays included
 * @param chaos what chaos did to the call
 */
public record RequestServed(
    long projectId,
    String projectKey,
    Long endpointId,
    int status,
    long durationNanos,
    ChaosDecision chaos) {}
