package dev.mockapi.model.state;

/** A write the store refused: a limit was reached or the id is taken. */
public final class StateRefusedException extends RuntimeException {

  /** Why a write was refused. */
  public enum Reason {
    DUPLICATE_ID,
    COLLECTION_FULL,
    TOO_MANY_COLLECTIONS,
    ITEM_TOO_LARGE,
    COLLECTION_TOO_LARGE
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
