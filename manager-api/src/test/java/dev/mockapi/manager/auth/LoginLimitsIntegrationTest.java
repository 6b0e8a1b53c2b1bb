package dev.mockapi.manager.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.manager.IntegrationTest;
import dev.mockapi.manager.support.Api;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The login memory attack and its cousins: oversized and odd input is refused by validation before
 * the throttle, the database or bcrypt see it, and the throttle's memory stays within its bound.
 * The shared context trusts X-Forwarded-For from the tests, as from a local reverse proxy.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginLimitsIntegrationTest extends IntegrationTest {

  private static final Duration FAST = Duration.ofSeconds(2);

  @Autowired LoginThrottle throttle;
  private ClientAddresses clients;

  @BeforeEach
  void clients() {
    clients = new ClientAddresses(port);
  }

  @Test
  void hugeEmailsAreRefusedBeforeTheThrottleCountsThem() {
    String address = ClientAddresses.fresh();
    int budgetsBefore = throttle.size();
    for (String email :
        new String[] {
          "a".repeat(1_500_000) + "@example.com",
          "é".repeat(1_000_000) + "@example.com",
          "x".repeat(300_000),
          "y".repeat(262_144),
          "z".repeat(243) + "@example.com",
        }) {
      var refused = timed(() -> clients.login(address, email, "password-123"));

      assertThat(refused.status()).as(refused.text()).isEqualTo(400);
      assertThat(refused.text("type")).isEqualTo("urn:mockapi:problem:validation");
      assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("email");
    }

    assertThat(throttle.size()).as("no budget for refused input").isEqualTo(budgetsBefore);
  }

  @Test
  void anEmailAtTheLengthLimitIsCheckedAsAnyOther() {
    String email = "a".repeat(242) + "@example.com";
    assertThat(email).hasSize(Emails.MAX_LENGTH);

    var wrong = clients.login(ClientAddresses.fresh(), email, "password-123");

    assertThat(wrong.status()).isEqualTo(401);
  }

  @Test
  void theLoginMemoryAttackLeavesNoTrace() {
    String address = ClientAddresses.fresh();
    String body =
        "{\"email\": \"" + "b".repeat(1_500_000) + "@example.com\", \"password\": \"pass-1234\"}";
    int budgetsBefore = throttle.size();

    for (int i = 0; i < 215; i++) {
      assertThat(clients.login(body, Map.of("X-Forwarded-For", address)).status()).isEqualTo(400);
    }

    assertThat(throttle.size()).isEqualTo(budgetsBefore);
    Account ann = signUp("ann");
    assertThat(clients.login(address, ann.email(), "password-123").status())
        .as("the address was not slowed")
        .isEqualTo(200);
  }

  @Test
  void passwordsOverBcryptsSeventyTwoBytesAreRefusedBeforeBcrypt() {
    Account ann = signUp("ann");
    String address = ClientAddresses.fresh();
    for (String password :
        new String[] {
          "p".repeat(73),
          "é".repeat(37),
          "😀".repeat(19),
          "ü".repeat(36) + "x",
          "q".repeat(1_000_000)
        }) {
      var refused = timed(() -> clients.login(address, ann.email(), password));

      assertThat(refused.status()).as(refused.text()).isEqualTo(400);
      assertThat(refused.text("detail")).contains("password");
    }

    var seventyTwo = clients.login(address, ann.email(), "é".repeat(36));
    assertThat(seventyTwo.status()).as("72 bytes are checked").isEqualTo(401);
  }

  @Test
  void deeplyNestedJsonIsRefusedAsItIsRead() {
    String address = ClientAddresses.fresh();
    String deepArray = "[".repeat(100_000) + "]".repeat(100_000);
    String deepObject = "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000);
    for (String body :
        new String[] {
          deepArray,
          deepObject,
          "{\"email\": " + deepArray + ", \"password\": \"x\"}",
          "{\"email\": \"a@example.com\", \"password\": \"x\", \"extra\": " + deepObject + "}",
          "{\"email\": \"a@example.com\", \"extra\": " + deepArray + ", \"password\": \"x\"}",
        }) {
      var refused = timed(() -> clients.login(body, Map.of("X-Forwarded-For", address)));

      assertThat(refused.status()).as(refused.text()).isEqualTo(400);
      assertThat(refused.text("type")).isEqualTo("urn:mockapi:problem:validation");
    }
  }

  @Test
  void nestingIsReadUpToThirtyTwoLevels() {
    String address = ClientAddresses.fresh();
    String login = "{\"email\": \"a@example.com\", \"password\": \"x\", \"extra\": ";

    var atTheLimit = clients.login(login + nested(31) + "}", Map.of("X-Forwarded-For", address));
    var overTheLimit = clients.login(login + nested(32) + "}", Map.of("X-Forwarded-For", address));

    assertThat(atTheLimit.status()).as("32 levels in all are read").isEqualTo(401);
    assertThat(overTheLimit.status()).isEqualTo(400);
    assertThat(overTheLimit.text("detail")).contains("nesting depth (33)");
  }

  @Test
  void hugeNumbersAreRefusedAsTheyAreRead() {
    String address = ClientAddresses.fresh();
    for (String number :
        new String[] {
          "9".repeat(100_000),
          "0." + "1".repeat(100_000),
          "1e" + "9".repeat(100_000),
          "7".repeat(65)
        }) {
      var refused =
          timed(
              () ->
                  clients.login(
                      "{\"email\": " + number + ", \"password\": \"x\"}",
                      Map.of("X-Forwarded-For", address)));

      assertThat(refused.status()).as(refused.text()).isEqualTo(400);
      assertThat(refused.text("detail")).contains("Number value length");
    }
  }

  // Last: it leaves the bound nearly full, which would evict budgets another test counts.
  @Test
  @Order(Integer.MAX_VALUE)
  void manyDistinctEmailsFromManyAddressesStayWithinTheBound() {
    for (int i = 0; i < 51; i++) {
      var failed = clients.login(ClientAddresses.fresh(), email("spray" + i), "password-123");
      assertThat(failed.status()).isEqualTo(401);
    }

    assertThat(throttle.size()).isLessThanOrEqualTo(100);
  }

  @Test
  void forwardedAddressIsTheClientAddressBehindATrustedProxy() {
    String address = "203.0.113.77";
    int before = throttle.size();

    clients.login(address, email("first"), "password-123");
    clients.login(
        Map.of("email", email("second"), "password", "password-123"),
        Map.of("X-Forwarded-For", address + ", 10.1.2.3"));

    assertThat(throttle.size())
        .as("two accounts and one address: the internal proxy 10.1.2.3 is skipped")
        .isEqualTo(before + 3);
  }

  @Test
  void fiveFailuresForAnAccountFromAnywhereMakeItWaitButNotOthers() {
    Account ann = signUp("ann");
    for (int i = 0; i < 5; i++) {
      var failed = clients.login(ClientAddresses.fresh(), ann.email(), "wrong-" + i);
      assertThat(failed.status()).isEqualTo(401);
    }

    String elsewhere = ClientAddresses.fresh();
    var throttled = clients.login(elsewhere, ann.email(), "password-123");

    assertThat(throttled.status()).as("even with the right password").isEqualTo(429);
    assertThat(throttled.text("type")).isEqualTo("urn:mockapi:problem:too-many-requests");
    assertThat(throttled.headers().firstValue("Retry-After"))
        .hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 30L));
    Account bob = signUp("bob");
    assertThat(clients.login(elsewhere, bob.email(), "password-123").status()).isEqualTo(200);
  }

  /** {@code depth} nested arrays. */
  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  private static Api.Response timed(Supplier<Api.Response> call) {
    long start = System.nanoTime();
    Api.Response response = call.get();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);
    return response;
  }
}
