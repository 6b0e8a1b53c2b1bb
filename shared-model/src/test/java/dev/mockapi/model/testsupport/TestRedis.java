package dev.mockapi.model.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import redis.embedded.RedisServer;

/**
 * The Redis of an integration suite: the machine's server at 127.0.0.1:6379 (never flushed; tests
 * delete only their own keys), or, when none answers, a server of the suite's own started from the
 * embedded binary on a free port. On the machine's server each suite keeps to a database index of
 * its own, {@code MOCKAPI_TEST_REDIS_DATABASE} (default 13) plus the suite's offset: the manager's
 * suite takes {@link #MANAGER_SUITE}, the engine's {@link #ENGINE_SUITE}, so that two checkouts
 * (given indexes two apart) and the two suites of one checkout run at once without sharing keys.
 */
public final class TestRedis {

  /** The database offset of the manager's suite. */
  public static final int MANAGER_SUITE = 0;

  /** The database offset of the engine's suite. */
  public static final int ENGINE_SUITE = 1;

  private static final int BASE_DATABASE =
      Integer.parseInt(System.getenv().getOrDefault("MOCKAPI_TEST_REDIS_DATABASE", "13"));
  private static Server server;

  private TestRedis() {}

  /** Where a Redis answers, and the database index the tests use on it. */
  public record Server(String host, int port, int database) {}

  /**
   * The suite's Redis, found (or started) once per JVM, with the database index {@code
   * databaseOffset} above the base on the machine's server and index 0 on a server of the suite's
   * own.
   */
  public static synchronized Server get(int databaseOffset) {
    if (server == null) {
      server =
          answers("127.0.0.1", 6379)
              ? new Server("127.0.0.1", 6379, BASE_DATABASE)
              : new Server("127.0.0.1", startForTheRun(), 0);
    }
    return server.port() == 6379
        ? new Server(server.host(), server.port(), server.database() + databaseOffset)
        : server;
  }

  /** Starts a private embedded Redis (no persistence) on {@code port}. */
  public static RedisServer start(int port) {
    try {
      RedisServer redis =
          RedisServer.newRedisServer()
              .port(port)
              .bind("127.0.0.1")
              .setting("save \"\"")
              .setting("appendonly no")
              .build();
      redis.start();
      return redis;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void stop(RedisServer redis) {
    try {
      redis.stop();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A port nothing listens on right now. */
  public static int freePort() {
    return RedisCluster.freePort();
  }

  private static boolean answers(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int startForTheRun() {
    int port = freePort();
    RedisServer redis = start(port);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(redis)));
    return port;
  }
}
