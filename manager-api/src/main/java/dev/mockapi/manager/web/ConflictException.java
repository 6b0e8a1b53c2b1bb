package dev.mockapi.manager.web;

import org.springframework.http.HttpStatus;

/**
 * 409: the request clashes with the current state (a taken name, a stale version, a last Owner).
 */
public class ConflictException extends ApiException {

  public ConflictException(String detail) {
    super(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, detail);
  }
}
