package dev.mockapi.model.state;

/**
 * Thrown by {@link ListQuery} when a list request cannot be answered as asked: a {@code _like}
 * value that is not a regular expression, or one too expensive to evaluate. The message is meant
 * for the API client.
 */
public class InvalidListQueryException extends IllegalArgumentException {

  public InvalidListQueryException(String message) {
    super(message);
  }
}
