package dev.mockapi.model.state;

import java.util.regex.Pattern;

/**
 * Bounds the work user-supplied {@code _like} patterns may do in one list request, so that a
 * catastrophically backtracking pattern fails fast instead of holding a server thread.
 */
final class RegexBudget {

  private long remainingReads;

  RegexBudget(long maxCharReads) {
    this.remainingReads = maxCharReads;
  }

  /** {@code new RegExp(pattern, 'i').test(text)}: whether the pattern occurs anywhere in text. */
  boolean find(Pattern pattern, String text) {
    try {
      return pattern.matcher(new CountingChars(text, pattern)).find();
    } catch (StackOverflowError deepRecursion) {
      // java.util.regex recurses per repetition, so a pattern like (a|b)* on a long value can
      // exhaust the stack; that is the same failure as running out of budget.
      throw tooExpensive(pattern);
    }
  }

  private static InvalidListQueryException tooExpensive(Pattern pattern) {
    return new InvalidListQueryException(
        "The _like pattern '"
            + pattern.pattern()
            + "' is too expensive to evaluate on this collection; simplify it.");
  }

  /** The text as the regex engine sees it, charging every character read to the budget. */
  private final class CountingChars implements CharSequence {

    private final String text;
    private final Pattern pattern;

    private CountingChars(String text, Pattern pattern) {
      this.text = text;
      this.pattern = pattern;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      if (--remainingReads < 0) {
        throw tooExpensive(pattern);
      }
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
