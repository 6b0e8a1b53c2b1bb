package dev.mockapi.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The built manager jar, two engines of the built engine jar on one Redis and a redis-server of
 * their own, each a child process on a free port, with an H2 database in a folder under {@code
 * target/stack-*} that also keeps their logs. Started once for every suite of the module (see
 * {@link StackExtension}); {@link #close()} stops them all and removes the database, keeping the
 * logs.
 */
final class Stack implements AutoCloseable {

  /** An error the process did not handle: logged at ERROR with its stack trace, or a JVM error. */
  private static final Pattern UNHANDLED =
      Pattern.compile(
          "OutOfMemoryError|StackOverflowError|(?m)^\\S.* ERROR .*\\R(?:.*\\R)?\\s+at [\\w.$]+\\(");

  private final Path dir;
  private final List<Process> processes = new ArrayList<>();
  private final Map<String, Path> logs;
  final int redisPort;
  final URI manager;

  /** The engine the suites call; {@link #secondEngine} serves the same Redis. */
  final URI engine;

  final URI secondEngine;

  private Stack(Path dir, int redisPort, int managerPort, int enginePort, int secondEnginePort) {
    this.dir = dir;
    this.redisPort = redisPort;
    this.manager = URI.create("http://127.0.0.1:" + managerPort);
    this.engine = URI.create("http://127.0.0.1:" + enginePort);
    this.secondEngine = URI.create("http://127.0.0.1:" + secondEnginePort);
    this.logs =
        Map.of(
            "redis", dir.resolve("redis.log"),
            "manager", dir.resolve("manager.log"),
            "engine", dir.resolve("engine.log"),
            "engine-2", dir.resolve("engine-2.log"));
  }

  static Stack start() throws IOException, InterruptedException {
    Path jars = Path.of(System.getProperty("mockapi.jars", "..")).toAbsolutePath().normalize();
    Path managerJar = jars.resolve("manager-api/target/manager-api-0.1.0-SNAPSHOT.jar");
    Path engineJar = jars.resolve("mock-engine/target/mock-engine-0.1.0-SNAPSHOT.jar");
    for (Path jar : List.of(managerJar, engineJar)) {
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(
            jar + " is missing: package manager-api and mock-engine first");
      }
    }
    Stack stack =
        new Stack(
            Files.createTempDirectory(Files.createDirectories(Path.of("target")), "stack-"),
            freePort(),
            freePort(),
            freePort(),
            freePort());
    try {
      stack.launch(
          "redis",
          Map.of(),
          "redis-server",
          "--port",
          Integer.toString(stack.redisPort),
          "--bind",
          "127.0.0.1",
          "--save",
          "",
          "--appendonly",
          "no",
          "--maxmemory",
          "64mb",
          "--maxmemory-policy",
          "noeviction");
      Map<String, String> env =
          Map.ofEntries(
              Map.entry("SPRING_DATA_REDIS_PORT", Integer.toString(stack.redisPort)),
              Map.entry("SPRING_DATA_REDIS_DATABASE", "0"),
              Map.entry("MOCKAPI_REDIS_EMBEDDED", "never"),
              Map.entry("MOCKAPI_DATA_DIR", stack.dir.resolve("data").toString()),
              Map.entry("SECRET_KEY", "hostile-secret-hostile-secret-hostile-0123456789"),
              Map.entry("MOCKAPI_ENGINE_PUBLIC_URL", stack.engine.toString()),
              Map.entry("SERVER_PORT", Integer.toString(stack.manager.getPort())),
              Map.entry("MOCKAPI_ENGINE_PORT", Integer.toString(stack.engine.getPort())),
              // Quotas low enough for the suite to reach within its time; the defaults are
              // the same code with larger numbers.
              Map.entry("MOCKAPI_LIMITS_ENDPOINTSPERPROJECT", "400"),
              Map.entry("MOCKAPI_LIMITS_PROJECTSPERORG", "10"),
              Map.entry("MOCKAPI_LIMITS_ORGSPERUSER", "5"));
      stack.launch("manager", env, java(), "-Xmx384m", "-jar", managerJar.toString());
      stack.launch("engine", env, java(), "-Xmx256m", "-jar", engineJar.toString());
      Map<String, String> secondEngineEnv = new HashMap<>(env);
      secondEngineEnv.put("MOCKAPI_ENGINE_PORT", Integer.toString(stack.secondEngine.getPort()));
      stack.launch("engine-2", secondEngineEnv, java(), "-Xmx256m", "-jar", engineJar.toString());
      // The manager starts in about 20 s alone, but took over 2 min while the machine ran other
      // builds.
      stack.awaitHealthy(Duration.ofMinutes(5));
      return stack;
    } catch (IOException | InterruptedException | RuntimeException | Error e) {
      stack.close();
      throw e;
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private void launch(String name, Map<String, String> env, String... command) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(logs.get(name).toFile());
    builder.environment().putAll(env);
    processes.add(builder.start());
  }

  private void awaitHealthy(Duration limit) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    Instant deadline = Instant.now().plus(limit);
    for (URI base : List.of(manager, engine, secondEngine)) {
      while (!healthy(client, base)) {
        assertAlive();
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException(base + " did not become healthy; logs in " + dir);
        }
        Thread.sleep(250);
      }
    }
  }

  private static boolean healthy(HttpClient client, URI base) throws InterruptedException {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(base.resolve("/actuator/health"))
              .timeout(Duration.ofSeconds(2))
              .build();
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  /** Every process still runs, and neither service logged an unhandled error. */
  void assertHealthy() {
    assertAlive();
    for (String service : List.of("manager", "engine", "engine-2")) {
      String log = log(service);
      assertThat(UNHANDLED.matcher(log).find())
          .as("%s log has an unhandled error:%n%s", service, unhandledExcerpt(log))
          .isFalse();
    }
  }

  private void assertAlive() {
    List<String> names = List.of("redis", "manager", "engine", "engine-2");
    for (int i = 0; i < processes.size(); i++) {
      String name = names.get(i);
      assertThat(processes.get(i).isAlive())
          .as("%s died; its log ends:%n%s", name, tail(log(name)))
          .isTrue();
    }
  }

  String log(String service) {
    try {
      return Files.readString(logs.get(service));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String unhandledExcerpt(String log) {
    var matcher = UNHANDLED.matcher(log);
    if (!matcher.find()) {
      return "";
    }
    return log.substring(
        Math.max(0, matcher.start() - 200), Math.min(log.length(), matcher.end() + 2000));
  }

  private static String tail(String log) {
    return log.substring(Math.max(0, log.length() - 4000));
  }

  @Override
  public void close() {
    for (Process process : processes.reversed()) {
      process.destroy();
    }
    for (Process process : processes) {
      try {
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    try (Stream<Path> files = Files.walk(dir.resolve("data"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A left-over database folder under target/ is no failure of the suite.
    }
  }
}
