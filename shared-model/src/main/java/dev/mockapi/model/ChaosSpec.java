package dev.mockapi.model;

/**
 * Chaos injected into an endpoint's answers (DESIGN section 7).
 *
 * @param delay latency added before answering, or null for none
 * @param failureRate probability 0..1 that a call fails
 * @param failureStatus status of an {@code http_error} failure
 * @param failureBody body of an {@code http_error} failure, or null for a default problem body
 * @param fault how a failing call fails
 */
public record ChaosSpec(
    DelaySpec delay, double failureRate, int failureStatus, String failureBody, Fault fault) {}
