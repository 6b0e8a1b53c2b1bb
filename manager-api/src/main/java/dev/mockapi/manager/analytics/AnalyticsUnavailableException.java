package dev.mockapi.manager.analytics;

import dev.mockapi.manager.web.ApiException;
import dev.mockapi.manager.web.ProblemTypes;
import org.springframework.http.HttpStatus;

/** 503: the analytics (Redis) could not be read. */
class AnalyticsUnavailableException extends ApiException {

  AnalyticsUnavailableException(String detail) {
    super(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.ANALYTICS_UNAVAILABLE, detail);
  }
}
