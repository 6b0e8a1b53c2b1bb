package dev.mockapi.model.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A real local Redis Cluster of {@code redis-server} processes on free ports, each with its files
 * in one temporary directory; {@link #close()} stops them all and deletes the directory, whatever
 * state the start-up got to. Also runs single servers (a Sentinel set-up is a few of them).
 */
public final class RedisCluster implements AutoCloseable {

  private static final Duration DEADLINE = Duration.ofSeconds(20);

  private final Path dir;
  private final List<Process> processes = new ArrayList<>();
  private final List<Integer> ports = new ArrayList<>();

  private RedisCluster() {
    try {
      dir = Files.createTempDirectory("mockapi-redis-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts {@code primaries} cluster nodes, joins them with no replicas, waits for state ok. */
  public static RedisCluster start(int primaries) {
    RedisCluster cluster = new RedisCluster();
    try {
      for (int i = 0; i < primaries; i++) {
        int port = freePort();
        cluster.server(
            port,
            "--cluster-enabled",
            "yes",
            "--cluster-config-file",
            cluster.dir.resolve("nodes-" + port + ".conf").toString());
      }
      List<String> create = new ArrayList<>(List.of("redis-cli", "--cluster", "create"));
      cluster.ports.forEach(port -> create.add("127.0.0.1:" + port));
      create.addAll(List.of("--cluster-replicas", "0", "--cluster-yes"));
      cluster.run(create);
      for (int port : cluster.ports) {
        awaitTrue(
            () -> cli(port, "CLUSTER", "INFO").contains("cluster_state:ok"),
            "cluster_state:ok on " + port);
      }
      return cluster;
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** An empty set of servers, for {@link #server}. */
  public static RedisCluster none() {
    return new RedisCluster();
  }

  /**
   * Starts one {@code redis-server} on {@code port} with its files in this set's directory and the
   * given extra arguments, and waits until it answers PING; answers its process.
   */
  public Process server(int port, String... arguments) {
    List<String> command =
        new ArrayList<>(
            List.of(
                "redis-server",
                "--port",
                Integer.toString(port),
                "--bind",
                "127.0.0.1",
                "--dir",
                dir.toString(),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dbfilename",
                "dump-" + port + ".rdb"));
    command.addAll(List.of(arguments));
    Process process = launch(command, "server-" + port);
    processes.add(process);
    ports.add(port);
    awaitTrue(() -> cli(port, "PING").contains("PONG"), "redis-server on " + port);
    return process;
  }

  /** Starts a Sentinel on {@code port} watching the primary {@code name} on {@code primaryPort}. */
  public Process sentinel(int port, String name, int primaryPort) {
    Path config = dir.resolve("sentinel-" + port + ".conf");
    write(
        config,
        "port "
            + port
            + "\nbind 127.0.0.1\ndir "
            + dir
            + "\nsentinel monitor "
            + name
            + " 127.0.0.1 "
            + primaryPort
            + " 1\nsentinel down-after-milliseconds "
            + name
            + " 500\nsentinel failover-timeout "
            + name
            + " 5000\n");
    Process process = launch(List.of("redis-server", config.toString(), "--sentinel"), "sentinel");
    processes.add(process);
    awaitTrue(() -> cli(port, "PING").contains("PONG"), "sentinel on " + port);
    return process;
  }

  /** The ports of the servers, in the order they were started. */
  public List<Integer> ports() {
    return List.copyOf(ports);
  }

  /**
   * {@code 127.0.0.1:port} of each server, comma-separated: {@code
   * spring.data.redis.cluster.nodes}.
   */
  public String nodes() {
    return String.join(",", ports.stream().map(port -> "127.0.0.1:" + port).toList());
  }

  /** Runs {@code redis-cli -p port} with the arguments and answers what it printed. */
  public static String cli(int port, String... arguments) {
    List<String> command =
        new ArrayList<>(List.of("redis-cli", "-h", "127.0.0.1", "-p", Integer.toString(port)));
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor(5, TimeUnit.SECONDS);
      return out;
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Polls {@code condition} until it holds, failing after a deadline. */
  public static void awaitTrue(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Timed out waiting for " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** A port nothing listens on right now. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    for (Process process : processes) {
      process.destroyForcibly();
    }
    for (Process process : processes) {
      try {
        process.waitFor(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Process launch(List<String> command, String log) {
    try {
      return new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve(log + ".log").toFile())
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void run(List<String> command) {
    try {
      Process process = launch(command, "create");
      if (!process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "redis-cli --cluster create failed: " + Files.readString(dir.resolve("create.log")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
