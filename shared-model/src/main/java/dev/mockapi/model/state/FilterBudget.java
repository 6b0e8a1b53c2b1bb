package dev.mockapi.model.state;

/**
 * What the {@code _like} filters of one list request may cost. RE2/J matches in time linear in the
 * text for a given pattern: at most (characters of the text) × (instructions of the compiled
 * pattern) steps. Each match is charged that product before it runs, so no pattern and no text can
 * pass the budget, whatever their shape; the wall-clock deadline, checked between items, covers the
 * rest of the filtering (reading values, full-text search, equality filters).
 */
final class FilterBudget {

  private final long deadlineNanos;
  private long remainingSteps;

  FilterBudget(long maxSteps, long deadlineNanos) {
    this.remainingSteps = maxSteps;
    this.deadlineNanos = deadlineNanos;
  }

  /** Charges one match of a pattern of {@code programSize} instructions on {@code textLength}. */
  void chargeMatch(int programSize, int textLength) {
    remainingSteps -= (long) programSize * (textLength + 1);
    if (remainingSteps < 0) {
      throw tooExpensive();
    }
  }

  void checkDeadline() {
    if (System.nanoTime() - deadlineNanos >= 0) {
      throw tooExpensive();
    }
  }

  private static InvalidListQueryException tooExpensive() {
    return new InvalidListQueryException(
        "This list query is too expensive to evaluate on this collection: narrow its filters or"
            + " simplify its _like patterns.");
  }
}
