import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What start.bat runs (`java scripts\StartMockApi.java`, Java's single-file launch): builds what
 * changed, starts the manager, once it answers the engine, then the dashboard, prints the URLs once
 * all three answer, and stops them all when it is stopped. start.sh does the same in bash; this is
 * Java so that the Windows start-up can be compiled and tested on Linux (scripts/check-bat.sh).
 */
public final class StartMockApi {

  public static final String MANAGER_JAR = "manager-api/target/manager-api-0.1.0-SNAPSHOT.jar";
  public static final String ENGINE_JAR = "mock-engine/target/mock-engine-0.1.0-SNAPSHOT.jar";
  static final String MANAGER_JAVA_OPTS =
      "-Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";
  static final String ENGINE_JAVA_OPTS =
      "-Xms64m -Xmx160m -XX:+UseSerialGC -XX:MaxDirectMemorySize=32m -XX:ReservedCodeCacheSize=48m"
          + " -XX:MaxMetaspaceSize=96m -Xss512k -Dio.netty.leakDetection.level=disabled";
  static final int DASHBOARD_PORT = 3000;
  /** Above what the services' graceful shutdowns take (the engine's: twice its drain-timeout). */
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);
  private static final List<String> JAVA_SOURCES =
      List.of("pom.xml", "shared-model", "manager-api", "mock-engine");
  private static final Set<String> JAVA_SOURCE_TYPES =
      Set.of(".java", ".xml", ".yml", ".sql", ".factories", ".lua");
  private static final List<String> DASHBOARD_SOURCES =
      List.of(
          "src", "public", "index.html", "package-lock.json", "vite.config.ts", "tsconfig.json",
          "tsconfig.app.json", "tsconfig.node.json");
  private static final boolean WINDOWS = System.getProperty("os.name").startsWith("Windows");

  private final Path root;
  private final List<Process> children = new CopyOnWriteArrayList<>();
  private volatile boolean stopping;

  StartMockApi(Path root) {
    this.root = root;
  }

  public static void main(String[] args) throws Exception {
    if (Runtime.version().feature() < 21) {
      fail("MockAPI needs Java 21 or newer; this is Java " + Runtime.version() + ".");
    }
    StartMockApi start = new StartMockApi(Path.of("").toAbsolutePath());
    Runtime.getRuntime().addShutdownHook(new Thread(start::stopAll));
    start.run();
  }

  private void run() throws Exception {
    if (needsBuild(root)) {
      if (!Files.isExecutable(javaHome().resolve(WINDOWS ? "bin/javac.exe" : "bin/javac"))) {
        fail("Building MockAPI needs a JDK 21 or newer (with javac); " + javaHome() + " is a JRE.");
      }
      System.out.println("Building MockAPI (the first run downloads dependencies; this takes a few minutes)...");
      runToEnd(List.of(WINDOWS ? "mvnw.cmd" : "./mvnw", "-B", "-q", "-DskipTests",
          "-Dspotless.check.skip=true", "package"));
    }
    boolean dashboard = prepareDashboard();

    String managerPort = env("SERVER_PORT", "8000");
    String enginePort = env("MOCKAPI_ENGINE_PORT", "8001");
    Process manager = start(java(env("MANAGER_JAVA_OPTS", MANAGER_JAVA_OPTS), MANAGER_JAR));
    // The manager brings up the embedded Redis the engine also uses: start the engine once it answers.
    awaitHealthy("The manager API", manager, "http://localhost:" + managerPort + "/actuator/health",
        Duration.ofMinutes(2));
    Process engine = start(java(env("ENGINE_JAVA_OPTS", ENGINE_JAVA_OPTS), ENGINE_JAR));
    if (dashboard) {
      ProcessBuilder vite = new ProcessBuilder(vitePreview()).directory(root.resolve("frontend").toFile());
      vite.environment().put("MOCKAPI_MANAGER_URL", "http://localhost:" + managerPort);
      Process preview = start(vite);
      awaitHealthy("The dashboard", preview, "http://localhost:" + DASHBOARD_PORT + "/", Duration.ofSeconds(60));
    }
    awaitHealthy("The mock engine", engine, "http://localhost:" + enginePort + "/actuator/health",
        Duration.ofSeconds(60));
    System.out.println(upMessage(dashboard, managerPort, enginePort));

    CompletableFuture.anyOf(children.stream().map(Process::onExit).toArray(CompletableFuture[]::new)).join();
    if (!stopping) {
      fail("A MockAPI process exited; stopping the others.");
    }
  }

  /** True when a jar is missing or a source of the Java build is newer than it. */
  public static boolean needsBuild(Path root) {
    for (String jar : List.of(MANAGER_JAR, ENGINE_JAR)) {
      Path built = root.resolve(jar);
      if (!Files.isRegularFile(built) || anyNewer(root, JAVA_SOURCES, JAVA_SOURCE_TYPES, modified(built))) {
        return true;
      }
    }
    return false;
  }

  /** True when the dashboard's build is missing or one of its sources is newer than it. */
  public static boolean dashboardNeedsBuild(Path frontend) {
    Path index = frontend.resolve("dist/index.html");
    return !Files.isRegularFile(index) || anyNewer(frontend, DASHBOARD_SOURCES, Set.of(), modified(index));
  }

  /** True when the installed packages are missing or older than package-lock.json. */
  public static boolean dashboardNeedsInstall(Path frontend) {
    Path installed = frontend.resolve("node_modules/.package-lock.json");
    return !Files.isRegularFile(installed)
        || modified(frontend.resolve("package-lock.json")).compareTo(modified(installed)) > 0;
  }

  /** The java command for one jar: the options split as a shell splits an unquoted variable. */
  public static List<String> java(String options, String jar) {
    List<String> command = new ArrayList<>();
    command.add(javaHome().resolve("bin").resolve("java").toString());
    Arrays.stream(options.trim().split("\\s+")).filter(o -> !o.isEmpty()).forEach(command::add);
    command.add("-jar");
    command.add(jar);
    return command;
  }

  public static String upMessage(boolean dashboard, String managerPort, String enginePort) {
    return "MockAPI is up: "
        + (dashboard ? "dashboard http://localhost:" + DASHBOARD_PORT + ", " : "")
        + "API http://localhost:" + managerPort
        + ", mocks http://localhost:" + enginePort + "/mock/<slug>/";
  }

  private boolean prepareDashboard() throws Exception {
    String npm = WINDOWS ? "npm.cmd" : "npm";
    if (!onPath(npm)) {
      System.err.println("npm not found: the dashboard (port " + DASHBOARD_PORT
          + ") is not served. Install Node.js 20.19 or newer.");
      return false;
    }
    Path frontend = root.resolve("frontend");
    if (dashboardNeedsInstall(frontend)) {
      System.out.println("Installing the dashboard's packages...");
      runToEnd(List.of(npm, "ci", "--prefix", "frontend", "--no-audit",
          "--no-fund", "--loglevel=error"));
    }
    if (dashboardNeedsBuild(frontend)) {
      System.out.println("Building the dashboard...");
      runToEnd(List.of(npm, "--prefix", "frontend", "run", "build", "--silent"));
    }
    return true;
  }

  /** vite preview started with node directly, so the process stopped is vite itself. */
  private static List<String> vitePreview() {
    return List.of("node", "node_modules/vite/bin/vite.js", "preview", "--port",
        Integer.toString(DASHBOARD_PORT), "--strictPort");
  }

  private void runToEnd(List<String> command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(shell(command)).directory(root.toFile());
    // Maven builds with the JDK this runs on, not with another one JAVA_HOME may name.
    builder.environment().put("JAVA_HOME", javaHome().toString());
    Process process = start(builder);
    int exit = process.waitFor();
    children.remove(process);
    if (exit != 0) {
      fail(String.join(" ", command) + " failed (exit code " + exit + ").");
    }
  }

  private Process start(List<String> command) throws IOException {
    return start(new ProcessBuilder(command).directory(root.toFile()));
  }

  private Process start(ProcessBuilder builder) throws IOException {
    Process process = builder.inheritIO().start();
    children.add(process);
    return process;
  }

  private static void awaitHealthy(String name, Process process, String url, Duration limit)
      throws InterruptedException {
    // HTTP/1.1: the client's default asks to upgrade to HTTP/2, which vite preview leaves unanswered.
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(limit);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        fail(name + " did not start (exit code " + process.exitValue() + "); see its log above.");
      }
      try {
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(500);
    }
    fail(name + " did not answer " + url + " within " + limit.toSeconds() + " s.");
  }

  /**
   * Stops the children, newest first. Elsewhere destroy() sends SIGTERM, their graceful shutdown; on
   * Windows it kills at once, but there the children got the console's Ctrl-C or close event
   * themselves, so they are only waited for, and killed when they take too long.
   */
  private void stopAll() {
    stopping = true;
    List<Process> running = new ArrayList<>(children);
    if (!WINDOWS) {
      for (Process process : running.reversed()) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
      }
    }
    for (Process process : running) {
      try {
        if (!process.waitFor(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
      }
    }
  }

  /** Windows runs .cmd files through cmd.exe; elsewhere the command runs as it is. */
  private static List<String> shell(List<String> command) {
    if (!WINDOWS) {
      return command;
    }
    List<String> viaCmd = new ArrayList<>(List.of("cmd.exe", "/c"));
    viaCmd.addAll(command);
    return viaCmd;
  }

  private static boolean onPath(String name) {
    return Stream.of(env("PATH", "").split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, name)));
  }

  private static boolean anyNewer(Path base, List<String> sources, Set<String> types, FileTime than) {
    return sources.stream()
        .map(base::resolve)
        .filter(Files::exists)
        .anyMatch(source -> anyNewer(source, types, than));
  }

  private static boolean anyNewer(Path source, Set<String> types, FileTime than) {
    try (Stream<Path> files = Files.walk(source)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> !isUnderTarget(source, file))
          .filter(file -> types.isEmpty() || types.stream().anyMatch(file.toString()::endsWith))
          .anyMatch(file -> modified(file).compareTo(than) > 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isUnderTarget(Path source, Path file) {
    for (Path part : source.relativize(file)) {
      if (part.toString().equals("target")) {
        return true;
      }
    }
    return false;
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path javaHome() {
    return Path.of(System.getProperty("java.home"));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static void fail(String message) {
    System.err.println(message);
    System.exit(1);
  }
}
