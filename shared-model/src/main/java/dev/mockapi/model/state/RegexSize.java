package dev.mockapi.model.state;

/**
 * An upper estimate of the instructions a regular expression compiles to, read from its text in one
 * pass, so that a pattern too large to run is refused before it is compiled: RE2/J expands counted
 * repetitions when compiling, and {@code ((a{0,100}){0,100}){0,100}}, 26 characters, compiles to
 * two million instructions in seconds. A group costs the sum of its alternatives, an atom times its
 * counted repetition the atom times the count. Malformed text is estimated leniently and left to
 * the compiler to report.
 */
final class RegexSize {

  private final String pattern;
  private int at;

  private RegexSize(String pattern) {
    this.pattern = pattern;
  }

  /** The estimate, saturating at {@code Long.MAX_VALUE / 4}. */
  static long estimate(String pattern) {
    RegexSize reader = new RegexSize(pattern);
    long total = reader.alternatives();
    while (reader.at < pattern.length()) {
      reader.at++; // an unbalanced ')': skip it, the compiler will say what is wrong
      total = add(total, reader.alternatives());
    }
    return total;
  }

  private long alternatives() {
    long total = sequence();
    while (at < pattern.length() && pattern.charAt(at) == '|') {
      at++;
      total = add(total, add(sequence(), 1));
    }
    return total;
  }

  private long sequence() {
    long total = 0;
    while (at < pattern.length() && pattern.charAt(at) != '|' && pattern.charAt(at) != ')') {
      total = add(total, times(atom(), repetition()));
    }
    return total;
  }

  private long atom() {
    char c = pattern.charAt(at++);
    switch (c) {
      case '(' -> {
        long inner = alternatives();
        if (at < pattern.length()) {
          at++; // ')'
        }
        return add(inner, 2);
      }
      case '[' -> {
        if (at < pattern.length() && pattern.charAt(at) == '^') {
          at++;
        }
        if (at < pattern.length() && pattern.charAt(at) == ']') {
          at++;
        }
        while (at < pattern.length() && pattern.charAt(at) != ']') {
          at += pattern.charAt(at) == '\\' ? 2 : 1;
        }
        at++;
        return 1;
      }
      case '\\' -> {
        if (at < pattern.length()) {
          char escaped = pattern.charAt(at++);
          if ((escaped == 'p' || escaped == 'P')
              && at < pattern.length()
              && pattern.charAt(at) == '{') {
            skipPast('}');
          }
        }
        return 1;
      }
      default -> {
        return 1;
      }
    }
  }

  /** The multiplier of the quantifier at {@code at}, 1 when there is none. */
  private long repetition() {
    long multiplier = 1;
    while (at < pattern.length()) {
      char c = pattern.charAt(at);
      if (c == '*' || c == '+' || c == '?') {
        at++;
        multiplier = times(multiplier, 2);
      } else if (c == '{' && countedRepetitionAt(at)) {
        int close = pattern.indexOf('}', at);
        long largest = 0;
        for (String bound : pattern.substring(at + 1, close).split(",", -1)) {
          if (!bound.isEmpty()) {
            largest =
                Math.max(largest, bound.length() > 9 ? Long.MAX_VALUE / 4 : Long.parseLong(bound));
          }
        }
        at = close + 1;
        multiplier = times(multiplier, add(largest, 1));
      } else {
        break;
      }
    }
    return multiplier;
  }

  private boolean countedRepetitionAt(int from) {
    int close = pattern.indexOf('}', from);
    if (close < 0) {
      return false;
    }
    String body = pattern.substring(from + 1, close);
    return body.matches("\\d+(,\\d*)?");
  }

  private void skipPast(char end) {
    int found = pattern.indexOf(end, at);
    at = found < 0 ? pattern.length() : found + 1;
  }

  private static long add(long a, long b) {
    return Math.min(Long.MAX_VALUE / 4, a + b);
  }

  private static long times(long a, long b) {
    if (a == 0 || b == 0) {
      return 0;
    }
    return a > (Long.MAX_VALUE / 4) / b ? Long.MAX_VALUE / 4 : a * b;
  }
}
