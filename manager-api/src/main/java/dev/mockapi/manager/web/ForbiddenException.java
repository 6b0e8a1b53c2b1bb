package dev.mockapi.manager.web;

import dev.mockapi.model.ProblemType;

/** 403: the caller may see the thing but not do this to it. */
public class ForbiddenException extends ApiException {

  public ForbiddenException(String detail) {
    super(ProblemType.FORBIDDEN, detail);
  }
}
