package dev.mockapi.manager.transfer;

import dev.mockapi.model.EndpointLimits;

/** An endpoint description from a foreign document's summary, name or documentation text. */
public final class Descriptions {

  private Descriptions() {}

  /** The text on one line, cut to an endpoint description's length; null for none. */
  public static String of(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= EndpointLimits.MAX_DESCRIPTION_LENGTH
        ? line
        : line.substring(0, EndpointLimits.MAX_DESCRIPTION_LENGTH - 1) + "…";
  }
}
