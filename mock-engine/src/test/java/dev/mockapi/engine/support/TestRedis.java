package dev.mockapi.engine.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import redis.embedded.RedisServer;

/**
 * The Redis of the integration suite: the machine's server at 127.0.0.1:6379 on database index 14
 * (or one above {@code MOCKAPI_TEST_REDIS_DATABASE}) (never flushed; tests delete only their own
 * keys), or, when none answers, a server of the suite's own started from the embedded binary on a
 * free port.
 */
public final class TestRedis {

  // MOCKAPI_TEST_REDIS_DATABASE (the manager suite's index; this suite takes the next one) lets two
  // checkouts run their suites at once without sharing keys.
  public static final int DATABASE =
      Integer.parseInt(System.getenv().getOrDefault("MOCKAPI_TEST_REDIS_DATABASE", "13")) + 1;
  private static Server server;

  private TestRedis() {}

  /** Where a Redis answers, and the database index the tests use on it. */
  public record Server(String host, int port, int database) {}

  public static synchronized Server get() {
    if (server == null) {
      server =
          answers("127.0.0.1", 6379)
              ? new Server("127.0.0.1", 6379, DATABASE)
              : new Server("127.0.0.1", startForTheRun(), 0);
    }
    return server;
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

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean answers(String host, int port) {
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
