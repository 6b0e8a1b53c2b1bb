package dev.mockapi.model.state;

/**
 * How much state a project may keep; both services read the same {@code mockapi.limits.*} settings.
 *
 * @param maxItemsPerCollection items one collection may hold
 * @param maxItemBytes bytes of one stored item (UTF-8 JSON)
 * @param maxCollectionsPerProject collections one project may hold
 * @param maxCollectionBytes bytes all items of one collection may hold together
 */
public record StateLimits(
    int maxItemsPerCollection,
    int maxItemBytes,
    int maxCollectionsPerProject,
    long maxCollectionBytes) {

  /**
   * What an id the store assigns counts for in the size checks, before it is taken: the counter's
   * numbers stay below it.
   */
  public static final int ASSIGNED_ID_BYTES = 16;

  /**
   * Whether an item whose JSON is these parts together, plus {@code extraBytes}, is within {@link
   * #maxItemBytes}; checked before the store is asked, so an item too large costs no round trip.
   */
  public boolean itemFits(long extraBytes, String... parts) {
    long size = extraBytes;
    for (String part : parts) {
      size += utf8Length(part);
    }
    return size <= maxItemBytes;
  }

  private static long utf8Length(String text) {
    long length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      length += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return length;
  }
}
