package dev.mockapi.manager.analytics;

import dev.mockapi.manager.web.ApiException;
import dev.mockapi.model.ProblemType;

/** 503: the analytics (Redis) could not be read. */
class AnalyticsUnavailableException extends ApiException {

  AnalyticsUnavailableException(String detail) {
    super(ProblemType.ANALYTICS_UNAVAILABLE, detail);
  }
}
