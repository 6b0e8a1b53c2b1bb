package dev.mockapi.manager.web;

import dev.mockapi.model.ProblemType;

/**
 * 409 {@code stale-version}: the client wrote from a version that is no longer the stored one, so
 * someone else saved in between. Unlike a {@link ConflictException} it goes away by reloading and
 * applying the change again, which is why clients get a type of its own to switch on.
 */
public class StaleVersionException extends ApiException {

  public StaleVersionException(String detail) {
    super(ProblemType.STALE_VERSION, detail);
  }
}
