package dev.mockapi.model;

/**
 * Chaos injected into an endpoint's answers (DESIGN section 7). Missing values take the defaults:
 * no failures, status 503, fault {@code http_error}.
 *
 * @param delay latency added before answering, or null for none
 * @param failureRate probability 0..1 that a call fails
 * @param failureStatus status of an {@code http_error} failure
 * @param failureBody body of an {@code http_error} failure, or null for a default problem body
 * @param fault how a failing call fails
 */
public record ChaosSpec(
    DelaySpec delay, Double failureRate, Integer failureStatus, String failureBody, Fault fault) {

  public ChaosSpec {
    failureRate = failureRate == null ? 0.0 : failureRate;
    failureStatus = failureStatus == null ? 503 : failureStatus;
    fault = fault == null ? Fault.HTTP_ERROR : fault;
  }
}
