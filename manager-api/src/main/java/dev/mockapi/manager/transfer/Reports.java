package dev.mockapi.manager.transfer;

import dev.mockapi.manager.transfer.Translation.Untranslated;
import java.util.List;

/**
 * Where a translator writes what it left out: each report's location is this one's prefix (a file
 * of a zip, {@code mappings/a.json#}, then the pointer of the part being translated) followed by
 * the pointer given.
 */
public final class Reports {

  private final List<Untranslated> into;
  private final String prefix;

  public Reports(List<Untranslated> into) {
    this(into, "");
  }

  private Reports(List<Untranslated> into, String prefix) {
    this.into = into;
    this.prefix = prefix;
  }

  /** Reports below {@code pointer}, written into the same list. */
  public Reports at(String pointer) {
    return new Reports(into, prefix + pointer);
  }

  public void add(String pointer, String reason) {
    into.add(new Untranslated(location(pointer), reason));
  }

  /** The location of {@code pointer} below this one's prefix; {@code /} for the whole upload. */
  public String location(String pointer) {
    String location = prefix + pointer;
    return location.isEmpty() ? "/" : location;
  }
}
