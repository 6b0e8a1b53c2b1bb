package dev.mockapi.model.state;

import dev.mockapi.model.state.ListQuery.Bounds;
import dev.mockapi.model.state.ListQuery.Page;
import dev.mockapi.model.state.ListQuery.Slice;

/**
 * json-server's slicing of a filtered list by {@code _page}/{@code _limit} or {@code _start}/{@code
 * _end}/{@code _limit}. Each value is the raw parameter as JavaScript sees it: null when absent,
 * repeated values joined by commas; it counts as given only when non-empty.
 *
 * <p>One departure, so no response holds a whole large collection: a request that slices nothing
 * gets at most {@code defaultLimit} items. Past that it is answered as {@code
 * _page=1&_limit=defaultLimit} would be, with {@code X-Total-Count} and {@code Link} (first, next,
 * last) to the other pages; a collection of no more items is answered whole, as json-server does.
 */
record Pagination(String page, String limit, String start, String end, int defaultLimit) {

  private static final int DEFAULT_PAGE_SIZE = 10;

  Slice slice(int total) {
    if (slicesNothing() && total > defaultLimit) {
      int last = (int) Math.ceil(total / (double) defaultLimit);
      return new Slice(0, defaultLimit, true, new Page(1, 0, 2, last, defaultLimit));
    }
    Bounds bounds = bounds();
    int from = index(bounds.from(), 0, total);
    int to = Math.max(from, index(bounds.to(), total, total));
    if (!given(page)) {
      return new Slice(from, to, given(end) || given(limit), null);
    }
    int count = to - from;
    if (count == 0) {
      return new Slice(from, to, true, new Page(0, 0, 0, 0));
    }
    double number = pageNumber();
    double size = pageSize();
    int prev = number > 1 ? (int) number - 1 : 0;
    int next = number * size < total ? (int) number + 1 : 0;
    boolean partial = count != total;
    int last = partial ? (int) Math.ceil(total / size) : 0;
    return new Slice(from, to, true, new Page(partial ? 1 : 0, prev, next, last));
  }

  /**
   * The arguments of json-server's {@code array.slice(start, end)}, known before the list is: a
   * store can fetch that window without reading the rest. Null where the slice is open.
   */
  Bounds bounds() {
    if (given(page)) {
      double number = pageNumber();
      double size = pageSize();
      return new Bounds(toInt((number - 1) * size), toInt(number * size));
    }
    double from = orZero(JsNumbers.parseInt(start));
    if (given(end)) {
      return new Bounds(toInt(from), toInt(JsNumbers.parseInt(end)));
    }
    if (given(limit)) {
      return new Bounds(toInt(from), toInt(from + JsNumbers.parseInt(limit)));
    }
    return new Bounds(0, defaultLimit);
  }

  /** Neither pages nor ends the list ({@code _start} alone slices nothing in json-server). */
  private boolean slicesNothing() {
    return !given(page) && !given(limit) && !given(end);
  }

  private double pageNumber() {
    double number = JsNumbers.parseInt(page);
    return number >= 1 ? number : 1;
  }

  private double pageSize() {
    double size = orZero(JsNumbers.parseInt(limit));
    return size == 0 ? DEFAULT_PAGE_SIZE : size;
  }

  /** JavaScript's slice() reads NaN as 0; past the int range the bound is clamped anyway. */
  private static int toInt(double relative) {
    return Double.isNaN(relative)
        ? 0
        : (int) Math.max(-Integer.MAX_VALUE, Math.min(Integer.MAX_VALUE, relative));
  }

  /** A {@code slice()} bound: negative counts from the end, then clamped to the list. */
  private static int index(Integer relative, int open, int length) {
    if (relative == null) {
      return open;
    }
    return relative < 0 ? Math.max(length + relative, 0) : Math.min(relative, length);
  }

  /** JavaScript's {@code x || 0} for a parsed number. */
  private static double orZero(double number) {
    return Double.isNaN(number) ? 0 : number;
  }

  private static boolean given(String value) {
    return value != null && !value.isEmpty();
  }
}
