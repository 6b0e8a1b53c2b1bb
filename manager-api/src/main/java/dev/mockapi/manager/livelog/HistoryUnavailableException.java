package dev.mockapi.manager.livelog;

import dev.mockapi.manager.web.ApiException;
import dev.mockapi.model.ProblemType;

/** 503: the request history (Redis) could not be read or cleared. */
class HistoryUnavailableException extends ApiException {

  HistoryUnavailableException(String detail) {
    super(ProblemType.HISTORY_UNAVAILABLE, detail);
  }
}
