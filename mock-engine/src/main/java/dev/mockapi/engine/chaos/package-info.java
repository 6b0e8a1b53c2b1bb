/**
 * Decides per call what chaos does (the pipeline step between routing and state): {@link
 * dev.mockapi.engine.chaos.ChaosPolicy} picks the endpoint's chaos or the project's chaos mode,
 * {@link dev.mockapi.engine.chaos.ChaosDecision} draws the delay from its distribution and whether
 * the call fails, and {@link dev.mockapi.engine.chaos.Faults} maps a failing call's fault onto a
 * {@link dev.mockapi.engine.chaos.FaultInjector}, which the server implements on the connection.
 */
package dev.mockapi.engine.chaos;
