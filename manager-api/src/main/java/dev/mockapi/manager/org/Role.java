package dev.mockapi.manager.org;

/** Membership roles, strongest first. */
public enum Role {
  OWNER,
  ADMIN,
  EDITOR,
  VIEWER;

  /** Whether this role grants everything {@code minimum} grants. */
  public boolean atLeast(Role minimum) {
    return ordinal() <= minimum.ordinal();
  }
}
