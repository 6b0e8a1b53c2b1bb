package dev.mockapi.manager.support;

import dev.mockapi.model.testsupport.TestRedis;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/** A Redis that is down, for tests of what the manager does then. */
public final class UnreachableRedis {

  private UnreachableRedis() {}

  /**
   * A started connection factory for a port nothing listens on, so every command fails as with
   * Redis down; destroy it after the test.
   */
  public static LettuceConnectionFactory connections() {
    LettuceConnectionFactory connections =
        new LettuceConnectionFactory(
            new RedisStandaloneConfiguration("127.0.0.1", TestRedis.freePort()));
    connections.afterPropertiesSet();
    connections.start();
    return connections;
  }
}
