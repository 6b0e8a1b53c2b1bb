package dev.mockapi.manager.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.manager.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Without {@code server.forward-headers-strategy} (the default) the client address is the TCP peer,
 * whatever forwarding headers say. A context of its own, with a small address budget; one test,
 * since it leaves the test's address waiting.
 */
@TestPropertySource(
    properties = {
      "server.forward-headers-strategy=none",
      "mockapi.auth.login.address-failures-before-backoff=3"
    })
class ClientAddressWithoutProxyIntegrationTest extends IntegrationTest {

  @Autowired LoginThrottle throttle;

  @Test
  void forwardingHeadersCannotPickTheAddressAndSprayingWaits() {
    Account ann = signUp("ann");
    ClientAddresses clients = new ClientAddresses(port);
    List<Map<String, String>> spoofs =
        List.of(
            Map.of("X-Forwarded-For", "198.51.100.1"),
            Map.of("Forwarded", "for=198.51.100.2"),
            Map.of("X-Real-IP", "198.51.100.3", "X-Forwarded-For", "198.51.100.3, 10.0.0.1"));
    for (int i = 0; i < spoofs.size(); i++) {
      var failed =
          clients.login(
              Map.of("email", email("spray" + i), "password", "password-123"), spoofs.get(i));
      assertThat(failed.status()).isEqualTo(401);
    }
    int budgets = throttle.size();

    var throttled =
        clients.login(
            Map.of("email", ann.email(), "password", "password-123"),
            Map.of("X-Forwarded-For", "198.51.100.4"));

    assertThat(throttled.status()).as("all of them came from this test's address").isEqualTo(429);
    assertThat(throttled.text("detail")).contains("from your address");
    for (int i = 0; i < 20; i++) {
      clients.login(
          Map.of("email", email("refused" + i), "password", "password-123"),
          Map.of("X-Forwarded-For", "198.51.100." + (10 + i)));
    }
    assertThat(throttle.size()).as("refused attempts keep no budget").isEqualTo(budgets);
  }
}
