package dev.mockapi.hostile;

import java.util.List;

/** Latency figures of the bystander's calls during one attack class. */
record Figures(String attack, int count, long p50, long p99, long max) {

  static Figures of(String attack, List<Bystander.Call> calls) {
    long[] millis = calls.stream().mapToLong(Bystander.Call::millis).sorted().toArray();
    if (millis.length == 0) {
      return new Figures(attack, 0, 0, 0, 0);
    }
    return new Figures(
        attack,
        millis.length,
        percentile(millis, 50),
        percentile(millis, 99),
        millis[millis.length - 1]);
  }

  private static long percentile(long[] sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  String row() {
    return "| %s | %d | %d | %d | %d |".formatted(attack, count, p50, p99, max);
  }
}
