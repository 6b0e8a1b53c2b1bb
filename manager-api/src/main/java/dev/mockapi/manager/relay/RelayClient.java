package dev.mockapi.manager.relay;

import dev.mockapi.manager.auth.AuthenticatedUser;
import java.security.Principal;
import java.time.Instant;

/**
 * The user of one STOMP connection, proven by the token of its CONNECT frame.
 *
 * @param expiresAt when that token expires, and with it the connection
 */
record RelayClient(AuthenticatedUser user, Instant expiresAt) implements Principal {

  @Override
  public String getName() {
    return Long.toString(user.id());
  }
}
