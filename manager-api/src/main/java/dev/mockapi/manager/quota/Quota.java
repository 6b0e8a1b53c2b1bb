package dev.mockapi.manager.quota;

import dev.mockapi.manager.web.QuotaExceededException;

/**
 * A bound on how many of something one owner may have.
 *
 * @param name the property under {@code mockapi.limits}, and the problem's {@code quota} member
 * @param limit the most there may be
 * @param holder how the detail message starts, e.g. "This project has"
 * @param items what is counted, plural
 */
public record Quota(String name, long limit, String holder, String items) {

  /**
   * Passes when {@code adding} more fit beside the {@code current} ones; else throws a 409 {@code
   * quota-exceeded} problem. The caller counts under a lock of the owner's row, so two concurrent
   * creates cannot both take the last place.
   */
  public void requireRoomFor(long current, long adding) {
    if (current + adding <= limit) {
      return;
    }
    String would = adding == 1 ? "another" : adding + " more";
    throw new QuotaExceededException(
        name,
        limit,
        current,
        holder
            + " "
            + current
            + " "
            + items
            + "; "
            + would
            + " would pass the limit of "
            + limit
            + " (mockapi.limits."
            + name
            + "). Delete some first");
  }
}
