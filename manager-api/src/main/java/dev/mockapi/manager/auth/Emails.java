package dev.mockapi.manager.auth;

import java.util.Locale;

/** The one way emails are compared: trimmed and lower-cased. */
public final class Emails {

  private Emails() {}

  public static String normalise(String email) {
    return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
  }
}
