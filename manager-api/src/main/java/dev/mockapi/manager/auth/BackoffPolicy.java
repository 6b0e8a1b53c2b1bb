package dev.mockapi.manager.auth;

/**
 * How a budget grows: the first {@code failuresBeforeBackoff - 1} failures are free, the next one
 * makes logins wait {@code initial}, and each further failure doubles the wait, up to {@code max}.
 * A budget without a failure for {@code forgetAfter} starts again from zero.
 */
record BackoffPolicy(
    int failuresBeforeBackoff, long initialMillis, long maxMillis, long forgetAfterMillis) {

  static BackoffPolicy of(int failuresBeforeBackoff, AuthProperties.Login login) {
    return new BackoffPolicy(
        failuresBeforeBackoff,
        login.initialBackoff().toMillis(),
        login.maxBackoff().toMillis(),
        login.forgetAfter().toMillis());
  }

  /** The budget after one more failure at {@code now}; {@code before} may be null. */
  Budget charge(Budget before, long now) {
    int failures =
        before == null || now - before.lastFailureAt() >= forgetAfterMillis
            ? 1
            : before.failures() + 1;
    long blockedUntil =
        failures < failuresBeforeBackoff ? 0 : now + waitMillis(failures - failuresBeforeBackoff);
    return new Budget(failures, now, blockedUntil);
  }

  private long waitMillis(int doublings) {
    long wait = initialMillis;
    for (int i = 0; i < doublings && wait < maxMillis; i++) {
      wait *= 2;
    }
    return Math.min(wait, maxMillis);
  }
}
