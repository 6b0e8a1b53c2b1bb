package dev.mockapi.model.state;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * {@code _sort=a,b&_order=asc,desc} as lodash {@code orderBy} compares items. Not necessarily a
 * total order (numbers and non-numeric strings compare equal), so sort with {@link StableSort}.
 */
final class SortOrder implements Comparator<JsonNode> {

  private record Key(JsPath path, boolean descending) {}

  private final List<Key> keys;

  private SortOrder(List<Key> keys) {
    this.keys = keys;
  }

  /** The order for the raw {@code _sort} and {@code _order} values (null when absent). */
  static SortOrder parse(String sort, String order) {
    if (sort == null || sort.isEmpty()) {
      return new SortOrder(List.of());
    }
    String[] paths = sort.split(",", -1);
    String[] orders = order == null ? new String[0] : order.split(",", -1);
    List<Key> keys = new ArrayList<>();
    for (int i = 0; i < paths.length; i++) {
      boolean descending = i < orders.length && orders[i].toLowerCase(Locale.ROOT).equals("desc");
      keys.add(new Key(JsPath.of(paths[i]), descending));
    }
    return new SortOrder(List.copyOf(keys));
  }

  boolean isEmpty() {
    return keys.isEmpty();
  }

  @Override
  public int compare(JsonNode a, JsonNode b) {
    for (Key key : keys) {
      int result = compareAscending(key.path().get(a), key.path().get(b));
      if (result != 0) {
        return key.descending() ? -result : result;
      }
    }
    return 0;
  }

  /** lodash compareAscending: undefined (Java null) last, then null, then JS {@code <}. */
  private static int compareAscending(JsonNode value, JsonNode other) {
    if (value == null && other == null || isNull(value) && isNull(other)) {
      return 0;
    }
    if (!isNull(other) && JsValues.lessThan(other, value)
        || isNull(value) && other != null
        || value == null) {
      return 1;
    }
    if (!isNull(value) && JsValues.lessThan(value, other)
        || isNull(other) && value != null
        || other == null) {
      return -1;
    }
    return 0;
  }

  private static boolean isNull(JsonNode v) {
    return v != null && v.isNull();
  }
}
