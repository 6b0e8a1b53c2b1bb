package dev.mockapi.manager.web;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors during validation, then throws them all at once. */
public final class FieldErrors {

  private final List<FieldError> errors = new ArrayList<>();
  private final String prefix;

  public FieldErrors() {
    this("");
  }

  /** Errors whose fields are all under {@code prefix}, such as {@code project.}. */
  public FieldErrors(String prefix) {
    this.prefix = prefix;
  }

  public void add(String field, String message) {
    errors.add(new FieldError(prefix + field, message));
  }

  /** Adds an error at a line and column of a field's text (a template). */
  public void add(String field, String message, int line, int column) {
    errors.add(new FieldError(prefix + field, message, line, column));
  }

  /** Adds {@code message} for {@code field} when {@code valid} is false; returns {@code valid}. */
  public boolean check(boolean valid, String field, String message) {
    if (!valid) {
      add(field, message);
    }
    return valid;
  }

  /** Throws a {@link ValidationException} listing every error collected, if any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }
}
