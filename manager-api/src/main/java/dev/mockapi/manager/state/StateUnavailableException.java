package dev.mockapi.manager.state;

import dev.mockapi.manager.web.ApiException;
import dev.mockapi.manager.web.ProblemTypes;
import org.springframework.http.HttpStatus;

/** 503: the state store (Redis) did not answer in time or failed. */
class StateUnavailableException extends ApiException {

  StateUnavailableException(String detail) {
    super(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.STATE_UNAVAILABLE, detail);
  }
}
