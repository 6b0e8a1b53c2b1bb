package dev.mockapi.manager.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import redis.embedded.RedisServer;

/**
 * The Redis of the integration suite: the machine's server at 127.0.0.1:6379 on database index 13
 * (or {@code MOCKAPI_TEST_REDIS_DATABASE}) (never flushed; tests delete only their own keys), or,
 * when none answers, a server of the suite's own started from the embedded binary on a free port.
 */
public final class TestRedis {

  // MOCKAPI_TEST_REDIS_DATABASE lets two checkouts run their suites at once without sharing keys.
  public static final int DATABASE =
      Integer.parseInt(System.getenv().getOrDefault("MOCKAPI_TEST_REDIS_DATABASE", "13"));
  private static Endpoint endpoint;

  private TestRedis() {}

  public record Endpoint(String host, int port, int database) {}

  public static synchronized Endpoint get() {
    if (endpoint == null) {
      endpoint =
          TestDatabase.answers("127.0.0.1", 6379)
              ? new Endpoint("127.0.0.1", 6379, DATABASE)
              : new Endpoint("127.0.0.1", startEmbedded(), 0);
    }
    return endpoint;
  }

  /** Starts a private embedded Redis on a free port and stops it when the JVM exits. */
  public static RedisServer startPrivate(int port) {
    try {
      RedisServer server =
          RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"").build();
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A started connection factory for a port nothing listens on, so every command fails as with
   * Redis down; destroy it after the test.
   */
  public static LettuceConnectionFactory unreachable() {
    LettuceConnectionFactory connections =
        new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", freePort()));
    connections.afterPropertiesSet();
    connections.start();
    return connections;
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int startEmbedded() {
    int port = freePort();
    RedisServer server = startPrivate(port);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.stop();
                  } catch (IOException ignored) {
                    // exiting anyway
                  }
                }));
    return port;
  }
}
