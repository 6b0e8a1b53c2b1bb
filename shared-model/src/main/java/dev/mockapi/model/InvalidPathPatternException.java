package dev.mockapi.model;

/** Thrown by {@link PathPattern#parse(String)} with a message saying what is wrong. */
public class InvalidPathPatternException extends IllegalArgumentException {

  public InvalidPathPatternException(String message) {
    super(message);
  }
}
