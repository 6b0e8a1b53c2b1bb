/**
 * Prometheus meters of the mock calls themselves (on the engine's {@code /actuator/prometheus}):
 * calls by project and status, their duration as a histogram by project, and chaos by kind. Meters
 * are built once per project and status and cached, so a call only increments.
 */
package dev.mockapi.engine.metrics;
