package dev.mockapi.model;

import java.util.Locale;
import java.util.Set;

/** The methods an endpoint may be defined for; {@code ANY} matches all of them. */
public final class HttpMethods {

  public static final String ANY = "ANY";

  /** Every accepted method name, upper case. */
  public static final Set<String> ALL =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", ANY);

  private HttpMethods() {}

  /** The upper-case form of {@code method} if it is accepted, else null. */
  public static String normalise(String method) {
    if (method == null) {
      return null;
    }
    String upper = method.trim().toUpperCase(Locale.ROOT);
    return ALL.contains(upper) ? upper : null;
  }
}
