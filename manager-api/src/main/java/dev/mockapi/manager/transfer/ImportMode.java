package dev.mockapi.manager.transfer;

import dev.mockapi.manager.web.ValidationException;
import java.util.Locale;

/** Whether an import adds to the project's endpoints or makes them exactly the document's. */
enum ImportMode {
  /** The document's endpoints are created or replaced by route; the project's others stay. */
  MERGE,
  /** The project's endpoints become the document's: the others are removed. */
  REPLACE;

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static ImportMode of(String text) {
    for (ImportMode mode : values()) {
      if (mode.id().equals(text == null ? null : text.strip().toLowerCase(Locale.ROOT))) {
        return mode;
      }
    }
    throw new ValidationException("mode", "must be merge or replace");
  }
}
