package dev.mockapi.manager.auth;

import dev.mockapi.manager.web.TooManyRequestsException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing with two budgets, one per account (the normalised email, known or not)
 * and one per client address (any emails). Each attempt is counted as a failure before the password
 * is checked, so parallel attempts cannot slip past the count, and taken back when it succeeds.
 * Past a budget's free failures every login it covers waits, with exponential back-off, and is
 * answered 429 with {@code Retry-After} while it waits, even with the right password; refused
 * attempts are not counted, so the owner of an attacked account gets in once the current wait is
 * over. A success fills the account's budget again but only takes back its own attempt from the
 * address's, so an account of one's own cannot reset an address's budget. Kept in memory, per
 * manager instance, within {@code mockapi.auth.login.max-entries} budgets.
 */
@Component
class LoginThrottle {

  private final LoginBudgets budgets;
  private final BackoffPolicy perAccount;
  private final BackoffPolicy perAddress;
  private final Clock clock;

  LoginThrottle(AuthProperties properties, Clock clock) {
    AuthProperties.Login login = properties.login();
    this.budgets = new LoginBudgets(login.maxEntries(), login.forgetAfter().toMillis());
    this.perAccount = BackoffPolicy.of(login.accountFailuresBeforeBackoff(), login);
    this.perAddress = BackoffPolicy.of(login.addressFailuresBeforeBackoff(), login);
    this.clock = clock;
  }

  /** A login attempt counted against both budgets until {@link #succeeded} takes it back. */
  record Attempt(LoginBudgets.Charge account, LoginBudgets.Charge address) {}

  /** Counts an attempt for {@code email} from {@code address}; 429 while either budget waits. */
  Attempt begin(String email, String address) {
    long now = clock.millis();
    LoginBudgets.Charge account = budgets.charge(BudgetKey.account(email), perAccount, now);
    if (account.refused()) {
      throw tooMany("Too many failed logins for this account", account);
    }
    LoginBudgets.Charge client = budgets.charge(BudgetKey.address(address), perAddress, now);
    if (client.refused()) {
      budgets.refund(account);
      throw tooMany("Too many failed logins from your address", client);
    }
    return new Attempt(account, client);
  }

  void succeeded(Attempt attempt) {
    budgets.clear(attempt.account().key());
    budgets.refund(attempt.address());
  }

  @Scheduled(fixedDelayString = "PT1M")
  void forgetExpired() {
    budgets.forgetExpired(clock.millis());
  }

  /** How many budgets are in memory. */
  int size() {
    return budgets.size();
  }

  private static TooManyRequestsException tooMany(String what, LoginBudgets.Charge refused) {
    Duration wait = Duration.ofMillis(refused.waitMillis());
    return new TooManyRequestsException(what + "; wait before trying again", wait);
  }
}
