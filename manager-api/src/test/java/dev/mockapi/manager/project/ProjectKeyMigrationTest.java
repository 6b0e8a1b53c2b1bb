package dev.mockapi.manager.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockapi.manager.support.TestDatabase;
import dev.mockapi.model.RedisKeys;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The V2 migration on a database that already holds projects, on both databases the manager runs
 * on: H2 in MySQL mode (the embedded default) and the suite's MySQL or MariaDB.
 */
class ProjectKeyMigrationTest {

  /** Each kind of database, as a source of new empty ones. */
  static Stream<Named<Supplier<TestDatabase.Connection>>> kinds() {
    List<Named<Supplier<TestDatabase.Connection>>> kinds = new ArrayList<>();
    kinds.add(Named.of("H2 in MySQL mode", ProjectKeyMigrationTest::h2));
    if (TestDatabase.onOwnServer()) {
      kinds.add(Named.of("the suite's MySQL or MariaDB", TestDatabase::fresh));
    }
    return kinds.stream();
  }

  // The flags of the embedded default's URL (application.yml).
  private static TestDatabase.Connection h2() {
    return new TestDatabase.Connection(
        "jdbc:h2:mem:migration-"
            + UUID.randomUUID()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
            + ";NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1",
        "sa",
        "",
        "H2");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void existingProjectsGetDistinctKeysThatAreThenRequiredAndUnique(
      Supplier<TestDatabase.Connection> kind) throws SQLException {
    TestDatabase.Connection db = kind.get();
    migrate(db, "1");
    try (Connection sql = connect(db)) {
      execute(sql, "INSERT INTO organizations (name, slug, created_at) VALUES ('O', 'o', NOW())");
      for (String slug : List.of("a", "b", "c")) {
        execute(
            sql,
            "INSERT INTO projects (org_id, name, slug, settings, config_version, created_at)"
                + " SELECT id, 'P', '"
                + slug
                + "', '{}', 1, NOW() FROM organizations");
      }

      migrate(db, "latest");

      List<String> keys = column(sql, "SELECT project_key FROM projects");
      assertThat(keys).hasSize(3).doesNotHaveDuplicates().allMatch(RedisKeys::isProjectKey);
      assertThatThrownBy(() -> insertProject(sql, "d", "NULL")).isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> insertProject(sql, "e", "'" + keys.getFirst() + "'"))
          .isInstanceOf(SQLException.class);
      insertProject(sql, "f", "'" + UUID.randomUUID() + "'");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void eachDatabaseIsAnInstallationOfItsOwn(Supplier<TestDatabase.Connection> kind)
      throws SQLException {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      TestDatabase.Connection db = kind.get();
      migrate(db, "latest");
      try (Connection sql = connect(db)) {
        ids.addAll(column(sql, "SELECT id FROM installation"));
      }
    }

    assertThat(ids).hasSize(2).doesNotHaveDuplicates().allMatch(RedisKeys::isProjectKey);
  }

  private static void migrate(TestDatabase.Connection db, String target) {
    Flyway.configure()
        .dataSource(db.url(), db.user(), db.password())
        .locations("classpath:db/migration")
        .target(target)
        .load()
        .migrate();
  }

  private static Connection connect(TestDatabase.Connection db) throws SQLException {
    return DriverManager.getConnection(db.url(), db.user(), db.password());
  }

  private static void insertProject(Connection sql, String slug, String key) throws SQLException {
    execute(
        sql,
        "INSERT INTO projects"
            + " (org_id, name, slug, project_key, settings, config_version, created_at)"
            + " SELECT id, 'P', '"
            + slug
            + "', "
            + key
            + ", '{}', 1, NOW() FROM organizations");
  }

  private static void execute(Connection sql, String statement) throws SQLException {
    try (var s = sql.createStatement()) {
      s.execute(statement);
    }
  }

  private static List<String> column(Connection sql, String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (var s = sql.createStatement();
        var rows = s.executeQuery(query)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
