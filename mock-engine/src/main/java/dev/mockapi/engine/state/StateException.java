package dev.mockapi.engine.state;

import dev.mockapi.model.ProblemType;

/**
 * A state action that cannot be answered as asked; the HTTP layer turns it into problem JSON of its
 * {@link #type()}.
 *
 * @see StateActions
 */
public final class StateException extends RuntimeException {

  private final ProblemType type;

  StateException(ProblemType type, String detail) {
    super(detail, null, false, false);
    this.type = type;
  }

  public ProblemType type() {
    return type;
  }

  public String detail() {
    return getMessage();
  }
}
