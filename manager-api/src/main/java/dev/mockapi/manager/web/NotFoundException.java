package dev.mockapi.manager.web;

import org.springframework.http.HttpStatus;

/** 404: the thing does not exist, or the caller may not know that it does. */
public class NotFoundException extends ApiException {

  public NotFoundException(String what, Object id) {
    super(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, what + " " + id + " not found");
  }

  public NotFoundException(String detail) {
    super(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, detail);
  }
}
