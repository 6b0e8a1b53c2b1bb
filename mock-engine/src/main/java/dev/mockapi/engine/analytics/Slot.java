package dev.mockapi.engine.analytics;

import dev.mockapi.model.AnalyticsFields;

/**
 * What one set of counts belongs to.
 *
 * @param projectKey the key naming the project's analytics hashes
 * @param endpointId the endpoint, or null for calls no endpoint answered
 * @param minute minutes since the epoch
 */
record Slot(String projectKey, Long endpointId, long minute) {

  /** The endpoint part of the slot's hash fields. */
  String endpoint() {
    return endpointId == null ? AnalyticsFields.UNMATCHED : endpointId.toString();
  }
}
