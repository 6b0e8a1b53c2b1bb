package dev.mockapi.model;

/**
 * Levenshtein distance, for "did you mean" suggestions. Compares at most 256 characters of each
 * side, so the cost stays bounded whatever the input.
 */
public final class EditDistance {

  private static final int MAX = 256;

  private EditDistance() {}

  public static int between(String a, String b) {
    String x = a.length() > MAX ? a.substring(0, MAX) : a;
    String y = b.length() > MAX ? b.substring(0, MAX) : b;
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()];
  }
}
