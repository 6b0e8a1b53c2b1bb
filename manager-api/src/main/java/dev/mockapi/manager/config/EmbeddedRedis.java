package dev.mockapi.manager.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * A real {@code redis-server} from the embedded-redis binary, with AOF persistence under the data
 * directory, running for the life of the manager. Started only when the settings ask for it.
 */
final class EmbeddedRedis implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);
  private static final int PROBE_TIMEOUT_MS = 300;

  private final RedisServer server;

  private EmbeddedRedis(RedisServer server) {
    this.server = server;
  }

  /** Starts a server if the settings call for one at {@code host:port}; else returns null. */
  static EmbeddedRedis startIfNeeded(
      EmbeddedRedisProperties settings, String host, int port, Path dataDir) {
    boolean start =
        switch (settings.embedded()) {
          case NEVER -> false;
          case ALWAYS -> true;
          case AUTO -> isLocal(host) && !answers(host, port);
        };
    if (!start) {
      return null;
    }
    try {
      Path dir = dataDir.resolve("redis").toAbsolutePath();
      Files.createDirectories(dir);
      RedisServer server =
          RedisServer.newRedisServer()
              .port(port)
              .bind("127.0.0.1")
              .setting("appendonly yes")
              .setting("dir " + dir)
              .setting("save \"\"")
              .setting("maxmemory " + settings.maxMemory().toBytes())
              .setting("maxmemory-policy noeviction")
              .build();
      server.start();
      log.info(
          "Started embedded Redis on 127.0.0.1:{} with data in {}, maxmemory {} bytes",
          port,
          dir,
          settings.maxMemory().toBytes());
      return new EmbeddedRedis(server);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded Redis on port " + port, e);
    }
  }

  @Override
  public void close() throws IOException {
    server.stop();
    log.info("Stopped embedded Redis");
  }

  static boolean answers(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), PROBE_TIMEOUT_MS);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static boolean isLocal(String host) {
    try {
      InetAddress address = InetAddress.getByName(host);
      return address.isLoopbackAddress() || address.isAnyLocalAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
