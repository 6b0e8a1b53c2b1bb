package dev.mockapi.manager.web;

import org.springframework.http.HttpStatus;

/** 401: credentials or tokens that do not prove who the caller is. */
public class UnauthorizedException extends ApiException {

  public UnauthorizedException(String detail) {
    super(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED, detail);
  }
}
