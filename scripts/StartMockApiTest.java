import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

/**
 * Checks StartMockApi's decisions on a scratch tree: when it builds, installs and rebuilds, how it
 * splits JVM options, what it prints once up. Run by scripts/check-bat.sh against the compiled
 * launcher (`java -cp <classes> scripts/StartMockApiTest.java`).
 */
public final class StartMockApiTest {

  private static int failures;

  public static void main(String[] args) throws Exception {
    Path root = Files.createTempDirectory("start-mockapi-test");
    Instant built = Instant.parse("2026-01-01T12:00:00Z");
    touch(root.resolve("pom.xml"), built.minusSeconds(60));
    touch(root.resolve("mock-engine/src/main/java/A.java"), built.minusSeconds(60));
    check("builds when the jars are missing", StartMockApi.needsBuild(root));

    touch(root.resolve(StartMockApi.MANAGER_JAR), built);
    touch(root.resolve(StartMockApi.ENGINE_JAR), built);
    check("skips the build when every source is older than the jars", !StartMockApi.needsBuild(root));

    touch(root.resolve("mock-engine/target/classes/B.java"), built.plusSeconds(60));
    touch(root.resolve("manager-api/README.md"), built.plusSeconds(60));
    check("ignores files under target/ and of other types", !StartMockApi.needsBuild(root));

    touch(root.resolve("shared-model/src/main/resources/x.lua"), built.plusSeconds(60));
    check("builds when a source is newer than a jar", StartMockApi.needsBuild(root));

    Path frontend = root.resolve("frontend");
    touch(frontend.resolve("package-lock.json"), built);
    check("installs the dashboard's packages when none are", StartMockApi.dashboardNeedsInstall(frontend));
    touch(frontend.resolve("node_modules/.package-lock.json"), built.plusSeconds(1));
    check("skips the install when the lockfile is older", !StartMockApi.dashboardNeedsInstall(frontend));
    touch(frontend.resolve("src/main.tsx"), built);
    check("builds the dashboard when dist/ is missing", StartMockApi.dashboardNeedsBuild(frontend));
    touch(frontend.resolve("dist/index.html"), built.plusSeconds(1));
    check("skips the dashboard build when its sources are older", !StartMockApi.dashboardNeedsBuild(frontend));
    touch(frontend.resolve("src/app/app.tsx"), built.plusSeconds(2));
    check("rebuilds the dashboard when a source changed", StartMockApi.dashboardNeedsBuild(frontend));

    List<String> command = StartMockApi.java("  -Xmx1g   -Dx=y ", "app.jar");
    check("splits JVM options on whitespace",
        command.subList(1, command.size()).equals(List.of("-Xmx1g", "-Dx=y", "-jar", "app.jar")));
    check("names all three URLs",
        StartMockApi.upMessage(true, "8000", "8001").equals(
            "MockAPI is up: dashboard http://localhost:3000, API http://localhost:8000,"
                + " mocks http://localhost:8001/mock/<slug>/"));

    if (failures > 0) {
      System.exit(1);
    }
  }

  private static void touch(Path file, Instant time) throws Exception {
    Files.createDirectories(file.getParent());
    if (!Files.exists(file)) {
      Files.createFile(file);
    }
    Files.setLastModifiedTime(file, FileTime.from(time));
  }

  private static void check(String behaviour, boolean holds) {
    System.out.println((holds ? "ok    " : "FAIL  ") + behaviour);
    if (!holds) {
      failures++;
    }
  }
}
