package dev.mockapi.model.state;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A bottom-up merge sort that keeps equal items in their original order and, unlike {@code
 * List.sort}, never throws when the comparison is not transitive.
 */
final class StableSort {

  private StableSort() {}

  static <T> List<T> sort(List<T> items, Comparator<? super T> order) {
    List<T> source = new ArrayList<>(items);
    List<T> target = new ArrayList<>(items);
    for (int width = 1; width < source.size(); width *= 2) {
      for (int from = 0; from < source.size(); from += 2 * width) {
        int middle = Math.min(from + width, source.size());
        int to = Math.min(from + 2 * width, source.size());
        merge(source, target, from, middle, to, order);
      }
      List<T> sorted = target;
      target = source;
      source = sorted;
    }
    return source;
  }

  private static <T> void merge(
      List<T> source, List<T> target, int from, int middle, int to, Comparator<? super T> order) {
    int left = from;
    int right = middle;
    for (int i = from; i < to; i++) {
      boolean takeLeft =
          right >= to || left < middle && order.compare(source.get(left), source.get(right)) <= 0;
      target.set(i, source.get(takeLeft ? left++ : right++));
    }
  }
}
