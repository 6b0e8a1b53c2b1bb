package dev.mockapi.engine.analytics;

import dev.mockapi.model.AnalyticsFields;

/**
 * What one set of counts belongs to.
 *
 * @param endpointId the endpoint, or null for calls no endpoint answered
 * @param minute minutes since the epoch
 */
record Slot(long projectId, Long endpointId, long minute) {

  /** The endpoint part of the slot's hash fields. */
  String endpoint() {
    return endpointId == null ? AnalyticsFields.UNMATCHED : endpointId.toString();
  }
}
