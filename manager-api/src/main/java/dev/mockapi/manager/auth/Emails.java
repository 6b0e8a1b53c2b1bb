package dev.mockapi.manager.auth;

import java.util.Locale;

/** The one way emails are compared: trimmed and lower-cased. */
public final class Emails {

  /** The longest email accepted anywhere (RFC 5321's path limit less the angle brackets). */
  public static final int MAX_LENGTH = 254;

  private Emails() {}

  public static String normalise(String email) {
    return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
  }
}
