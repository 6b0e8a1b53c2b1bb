package dev.mockapi.manager.endpoint;

/** What an import does, or would do, to one endpoint, collection or the project itself. */
public enum Change {
  CREATED,
  CHANGED,
  REMOVED,
  UNCHANGED
}
