package dev.mockapi.manager.auth;

/**
 * The failed logins one {@link BudgetKey} has had, in epoch milliseconds.
 *
 * @param failures failures counted since the budget was last full
 * @param lastFailureAt when the last one was counted
 * @param blockedUntil until when every login it covers waits; 0 for no wait
 */
record Budget(int failures, long lastFailureAt, long blockedUntil) {

  boolean blocked(long now) {
    return blockedUntil > now;
  }

  /** Whether the budget is full again and can be forgotten. */
  boolean expired(long now, long forgetAfterMillis) {
    return !blocked(now) && now - lastFailureAt >= forgetAfterMillis;
  }

  Budget withoutOneFailure() {
    return new Budget(Math.max(0, failures - 1), lastFailureAt, blockedUntil);
  }
}
