package dev.mockapi.manager.support;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

/**
 * The MySQL-compatible database of the integration suite, chosen once per JVM: the MariaDB or MySQL
 * answering at {@code MOCKAPI_TEST_DB_HOST:PORT} (default 127.0.0.1:3306, root, no password) with a
 * database of this run's own, dropped at exit; else a Testcontainers MySQL when a Docker engine
 * runs; else none, and the suites that need it are skipped — except under {@code CI=true}, where a
 * missing database is an error.
 */
public final class TestDatabase {

  private static final String HOST = env("MOCKAPI_TEST_DB_HOST", "127.0.0.1");
  private static final int PORT = Integer.parseInt(env("MOCKAPI_TEST_DB_PORT", "3306"));
  private static final String USER = env("MOCKAPI_TEST_DB_USER", "root");
  private static final String PASSWORD = env("MOCKAPI_TEST_DB_PASSWORD", "");

  private static Connection connection;
  private static boolean resolved;

  private TestDatabase() {}

  /** JDBC URL, user and password of the database, or null when there is none. */
  public record Connection(String url, String user, String password, String description) {}

  public static synchronized Connection get() {
    if (!resolved) {
      resolved = true;
      connection = resolve();
    }
    return connection;
  }

  public static String skipReason() {
    return "No MySQL/MariaDB at "
        + HOST
        + ":"
        + PORT
        + " and no Docker engine:"
        + " the database integration suites are skipped (only the H2 suite runs)";
  }

  private static Connection resolve() {
    if (answers(HOST, PORT)) {
      return ownDatabaseOnServer();
    }
    if (dockerAvailable()) {
      MySQLContainer mysql = new MySQLContainer("mysql:8.4");
      mysql.start();
      return new Connection(
          mysql.getJdbcUrl(), mysql.getUsername(), mysql.getPassword(), "Testcontainers MySQL");
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(
          "CI=true but " + skipReason().replace("are skipped", "cannot run"));
    }
    return null;
  }

  /** Whether the suite runs on a server of its own, where {@link #fresh} can make more. */
  public static boolean onOwnServer() {
    return get() != null && answers(HOST, PORT);
  }

  /** Another empty database on that server, dropped at exit, for tests that migrate it. */
  public static Connection fresh() {
    return ownDatabaseOnServer();
  }

  private static Connection ownDatabaseOnServer() {
    String name =
        "mockapi_it_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    String server = "jdbc:mysql://" + HOST + ":" + PORT + "/";
    execute(
        server, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> execute(server, "DROP DATABASE IF EXISTS " + name)));
    return new Connection(
        server + name + "?useSSL=false&allowPublicKeyRetrieval=true",
        USER,
        PASSWORD,
        "database " + name + " on " + HOST + ":" + PORT);
  }

  private static void execute(String url, String sql) {
    try (java.sql.Connection c = DriverManager.getConnection(url, USER, PASSWORD);
        var statement = c.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot run '" + sql + "' on " + url, e);
    }
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException e) {
      return false;
    }
  }

  static boolean answers(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 500);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
