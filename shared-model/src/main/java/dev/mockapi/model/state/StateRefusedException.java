package dev.mockapi.model.state;

import dev.mockapi.model.ProblemType;

/** A write the store refused: a limit was reached or the id is taken. */
public final class StateRefusedException extends RuntimeException {

  /** Why a write was refused, and the problem either service answers it with. */
  public enum Reason {
    DUPLICATE_ID(ProblemType.DUPLICATE_ID),
    COLLECTION_FULL(ProblemType.COLLECTION_FULL),
    TOO_MANY_COLLECTIONS(ProblemType.TOO_MANY_COLLECTIONS),
    ITEM_TOO_LARGE(ProblemType.ITEM_TOO_LARGE),
    COLLECTION_TOO_LARGE(ProblemType.COLLECTION_TOO_LARGE);

    private final ProblemType problem;

    Reason(ProblemType problem) {
      this.problem = problem;
    }

    public ProblemType problem() {
      return problem;
    }
  }

  private final Reason reason;

  StateRefusedException(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
