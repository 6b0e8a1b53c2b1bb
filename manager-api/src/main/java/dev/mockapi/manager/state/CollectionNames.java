package dev.mockapi.manager.state;

import java.util.regex.Pattern;

/** The one rule for collection names: endpoint bindings, resources and the state routes. */
public final class CollectionNames {

  /** What a valid name looks like, worded as a field error. */
  public static final String RULE = "must be 1 to 64 characters of letters, digits, _ and -";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private CollectionNames() {}

  public static boolean isValid(String name) {
    return name != null && NAME.matcher(name).matches();
  }
}
