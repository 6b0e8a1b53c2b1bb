package dev.mockapi.engine.chaos;

import dev.mockapi.model.Fault;

/** The one place that says what each {@link Fault} does, as WireMock's {@code Fault.apply}. */
public final class Faults {

  private Faults() {}

  public static <A> A inject(Fault fault, FaultInjector<A> injector) {
    return switch (fault) {
      case HTTP_ERROR -> injector.httpError();
      case MALFORMED_BODY -> injector.malformedBody();
      case CONNECTION_RESET -> injector.connectionReset();
      case EMPTY_RESPONSE -> injector.emptyResponse();
    };
  }

  /** A {@code malformed_body}: the first half of the body, then what no JSON parser accepts. */
  public static String malformed(String body) {
    return body.substring(0, body.length() / 2) + "\u0000{\"truncated";
  }
}
