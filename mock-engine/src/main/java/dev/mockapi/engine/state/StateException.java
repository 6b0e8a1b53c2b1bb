package dev.mockapi.engine.state;

/**
 * A state action that cannot be answered as asked; the HTTP layer turns it into problem JSON.
 *
 * @see StateActions
 */
public final class StateException extends RuntimeException {

  private final int status;
  private final String type;
  private final String title;

  StateException(int status, String type, String title, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
  }

  public int status() {
    return status;
  }

  /** The problem type's last segment, such as {@code item-not-found}. */
  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }
}
