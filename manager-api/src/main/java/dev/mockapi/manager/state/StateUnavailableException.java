package dev.mockapi.manager.state;

import dev.mockapi.manager.web.ApiException;
import dev.mockapi.model.ProblemType;

/** 503: the state store (Redis) did not answer in time or failed. */
class StateUnavailableException extends ApiException {

  StateUnavailableException(String detail) {
    super(ProblemType.STATE_UNAVAILABLE, detail);
  }
}
