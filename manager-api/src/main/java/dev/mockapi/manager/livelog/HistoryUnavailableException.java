package dev.mockapi.manager.livelog;

import dev.mockapi.manager.web.ApiException;
import dev.mockapi.manager.web.ProblemTypes;
import org.springframework.http.HttpStatus;

/** 503: the request history (Redis) could not be read or cleared. */
class HistoryUnavailableException extends ApiException {

  HistoryUnavailableException(String detail) {
    super(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.HISTORY_UNAVAILABLE, detail);
  }
}
