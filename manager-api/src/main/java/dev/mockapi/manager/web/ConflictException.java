package dev.mockapi.manager.web;

import dev.mockapi.model.ProblemType;

/**
 * 409: the request clashes with the current state (a taken name, a route in use, a last Owner); a
 * stale version is a {@link StaleVersionException}.
 */
public class ConflictException extends ApiException {

  public ConflictException(String detail) {
    super(ProblemType.CONFLICT, detail);
  }
}
