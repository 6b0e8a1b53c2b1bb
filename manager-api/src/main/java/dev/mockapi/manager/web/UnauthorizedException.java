package dev.mockapi.manager.web;

import dev.mockapi.model.ProblemType;

/** 401: credentials or tokens that do not prove who the caller is. */
public class UnauthorizedException extends ApiException {

  public UnauthorizedException(String detail) {
    super(ProblemType.UNAUTHORIZED, detail);
  }
}
