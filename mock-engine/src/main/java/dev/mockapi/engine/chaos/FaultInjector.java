package dev.mockapi.engine.chaos;

/**
 * What a fault can do to the answer of a failing call; {@link Faults#inject} picks the one its
 * {@link dev.mockapi.model.Fault} stands for. The server implements it on the connection.
 *
 * @param <A> what carrying out a fault gives, such as the write that follows it
 */
public interface FaultInjector<A> {

  /** Answers with the failure status and body instead of the route's answer. */
  A httpError();

  /** Answers the route's status with its body cut by {@link Faults#malformed}. */
  A malformedBody();

  /** Resets the connection (a TCP RST) instead of answering. */
  A connectionReset();

  /** Closes the connection without answering. */
  A emptyResponse();
}
