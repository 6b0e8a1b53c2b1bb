package dev.mockapi.manager.web;

import org.springframework.http.HttpStatus;

/** 403: the caller may see the thing but not do this to it. */
public class ForbiddenException extends ApiException {

  public ForbiddenException(String detail) {
    super(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, detail);
  }
}
