package dev.mockapi.manager.auth;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The login budgets in memory, at most {@code maxEntries} of them. When a new key would pass the
 * bound, expired budgets go first, then those with the fewest failures (the oldest first), down to
 * nine tenths of the bound. So filling the map with fresh keys, each one failed login, evicts only
 * budgets of one or two failures: pushing out a budget that makes logins wait takes as many failed
 * logins per key as it has failures, over the whole bound, each one a bcrypt and itself counted
 * against its address.
 */
final class LoginBudgets {

  private static final Comparator<Map.Entry<BudgetKey, Budget>> EVICTION_ORDER =
      Comparator.comparingInt((Map.Entry<BudgetKey, Budget> e) -> e.getValue().failures())
          .thenComparingLong(e -> e.getValue().lastFailureAt());

  private final Map<BudgetKey, Budget> budgets = new ConcurrentHashMap<>();
  private final ReentrantLock evicting = new ReentrantLock();
  private final int maxEntries;
  private final long forgetAfterMillis;

  LoginBudgets(int maxEntries, long forgetAfterMillis) {
    this.maxEntries = maxEntries;
    this.forgetAfterMillis = forgetAfterMillis;
  }

  /**
   * One attempt counted against a key, with the budget before and after it.
   *
   * @param waitMillis how long the key still waits when the attempt was refused (nothing counted)
   */
  record Charge(BudgetKey key, Budget before, Budget after, long waitMillis) {

    boolean refused() {
      return waitMillis > 0;
    }
  }

  /** Counts a failure for {@code key} unless it is waiting, which refuses the attempt instead. */
  Charge charge(BudgetKey key, BackoffPolicy policy, long now) {
    Charge[] charge = new Charge[1];
    budgets.compute(
        key,
        (k, before) -> {
          if (before != null && before.blocked(now)) {
            charge[0] = new Charge(k, before, before, before.blockedUntil() - now);
            return before;
          }
          Budget after = policy.charge(before, now);
          charge[0] = new Charge(k, before, after, 0);
          return after;
        });
    if (charge[0].before() == null) {
      bound(now);
    }
    return charge[0];
  }

  /**
   * Takes back a counted attempt that was no failure: the budget as it was before, or, when another
   * attempt counted since, one failure less.
   */
  void refund(Charge charge) {
    budgets.computeIfPresent(
        charge.key(),
        (k, current) -> current == charge.after() ? charge.before() : current.withoutOneFailure());
  }

  void clear(BudgetKey key) {
    budgets.remove(key);
  }

  int size() {
    return budgets.size();
  }

  void forgetExpired(long now) {
    budgets.values().removeIf(budget -> budget.expired(now, forgetAfterMillis));
  }

  private void bound(long now) {
    if (budgets.size() <= maxEntries) {
      return;
    }
    evicting.lock();
    try {
      if (budgets.size() > maxEntries) {
        forgetExpired(now);
        int excess = budgets.size() - (maxEntries - maxEntries / 10);
        if (excess > 0) {
          budgets.entrySet().stream()
              .sorted(EVICTION_ORDER)
              .limit(excess)
              .toList()
              .forEach(e -> budgets.remove(e.getKey(), e.getValue()));
        }
      }
    } finally {
      evicting.unlock();
    }
  }
}
