package dev.mockapi.model;

/**
 * Levenshtein distance, for "did you mean" suggestions. Compares at most 256 characters of each
 * side, so the cost stays bounded whatever the input.
 */
public final class EditDistance {

  private static final int MAX = 256;

  private EditDistance() {}

  public static int between(String a, String b) {
    return within(a, b, MAX);
  }

  /**
   * The distance when it is at most {@code max}, else {@code max + 1}. Only the diagonal band of
   * width {@code 2 * max + 1} is computed and the walk stops once a whole row is over {@code max},
   * so the cost is at most 256 × (2 × max + 1) steps, however long the texts.
   */
  public static int within(String a, String b, int max) {
    int n = Math.min(a.length(), MAX);
    int m = Math.min(b.length(), MAX);
    int over = max + 1;
    if (Math.abs(n - m) > max) {
      return over;
    }
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = Math.min(j, over);
    }
    for (int i = 1; i <= n; i++) {
      int from = Math.max(1, i - max);
      int to = Math.min(m, i + max);
      current[from - 1] = from == 1 ? Math.min(i, over) : over;
      int rowMin = current[from - 1];
      char x = a.charAt(i - 1);
      for (int j = from; j <= to; j++) {
        int cost = x == b.charAt(j - 1) ? 0 : 1;
        int cell = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        current[j] = Math.min(cell, over);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (to < m) {
        current[to + 1] = over;
      }
      if (rowMin >= over) {
        return over;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[m];
  }
}
