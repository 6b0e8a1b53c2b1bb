package dev.mockapi.manager.web;

import dev.mockapi.model.ProblemType;

/** 404: the thing does not exist, or the caller may not know that it does. */
public class NotFoundException extends ApiException {

  public NotFoundException(String what, Object id) {
    this(what + " " + id + " not found");
  }

  public NotFoundException(String detail) {
    super(ProblemType.NOT_FOUND, detail);
  }
}
