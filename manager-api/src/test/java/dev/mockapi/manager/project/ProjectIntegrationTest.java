package dev.mockapi.manager.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.manager.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectIntegrationTest extends IntegrationTest {

  private Account admin;
  private long orgId;

  @BeforeEach
  void org() {
    admin = signUp("admin");
    orgId = createOrg(admin, "Org");
  }

  @Test
  void slugIsDerivedFromTheNameAndMockUrlBuiltFromIt() {
    var project = createProject(admin, orgId, "User Management " + suffix());

    assertThat(project.text("slug")).matches("user-management-[a-z0-9]+");
    assertThat(project.text("mockBaseUrl"))
        .isEqualTo("http://localhost:8001/mock/" + project.text("slug"));
    assertThat(
            project.body().path("settings").path("cors").path("allowedOrigins").get(0).asString())
        .isEqualTo("*");
  }

  @Test
  void sameNameTwiceGetsTwoSlugs() {
    String name = "Twin " + suffix();
    var first = createProject(admin, orgId, name);
    var second = createProject(admin, orgId, name);

    assertThat(second.text("slug")).isNotEqualTo(first.text("slug"));
  }

  @Test
  void takenSlugThen409() {
    String slug = "taken-" + suffix();
    api.post("/api/orgs/" + orgId + "/projects", admin.token(), Map.of("name", "A", "slug", slug));

    Account other = signUp("other");
    var clash =
        api.post(
            "/api/orgs/" + createOrg(other, "Other") + "/projects",
            other.token(),
            Map.of("name", "B", "slug", slug));

    assertThat(clash.status()).isEqualTo(409);
    assertThat(clash.text("detail")).contains(slug);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ab",
        "Upper-Case",
        "-dash-first",
        "dash-last-",
        "with space",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
      })
  void invalidSlugThen400(String slug) {
    var response =
        api.post(
            "/api/orgs/" + orgId + "/projects", admin.token(), Map.of("name", "A", "slug", slug));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo("slug");
  }

  @Test
  void settingsMergeFieldByField() {
    long id = createProject(admin, orgId, "Settings").id();
    String path = "/api/projects/" + id;

    api.patch(path, admin.token(), Map.of("settings", Map.of("fakerLocale", "de-DE")));
    var updated =
        api.patch(
            path,
            admin.token(),
            Map.of(
                "settings",
                Map.of(
                    "chaosMode",
                    Map.of(
                        "enabled",
                        true,
                        "policy",
                        Map.of("delay", Map.of("type", "fixed", "ms", 300))),
                    "cors",
                    Map.of(
                        "allowedOrigins",
                        List.of("http://localhost:3000"),
                        "allowCredentials",
                        true))));

    assertThat(updated.status()).as(updated.text()).isEqualTo(200);
    var settings = updated.body().path("settings");
    assertThat(settings.path("fakerLocale").asString()).isEqualTo("de-DE");
    assertThat(settings.path("chaosMode").path("policy").path("delay").path("ms").asInt())
        .isEqualTo(300);
    assertThat(settings.path("cors").path("allowCredentials").asBoolean()).isTrue();
  }

  @Test
  void invalidSettingsAreFieldErrorsAndChangeNothing() {
    long id = createProject(admin, orgId, "Settings").id();

    var response =
        api.patch(
            "/api/projects/" + id,
            admin.token(),
            Map.of(
                "settings",
                Map.of(
                    "chaosMode", Map.of("enabled", true),
                    "cors",
                        Map.of(
                            "allowedOrigins",
                            List.of("*", "ftp://x", "http://a.com/path"),
                            "allowCredentials",
                            true),
                    "fakerLocale", "not a locale")));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().path("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder(
            "settings.chaosMode.policy",
            "settings.cors.allowedOrigins[1]",
            "settings.cors.allowedOrigins[2]",
            "settings.cors.allowCredentials",
            "settings.fakerLocale");
    assertThat(
            api.get("/api/projects/" + id, admin.token())
                .body()
                .path("settings")
                .path("chaosMode")
                .path("enabled")
                .asBoolean())
        .isFalse();
  }

  @Test
  void apiKeyIsShownOnceAndOnlyItsIssueIsVisibleAfterwards() {
    long id = createProject(admin, orgId, "Keys").id();

    var issued = api.post("/api/projects/" + id + "/api-key", admin.token(), null);
    var project = api.get("/api/projects/" + id, admin.token());

    assertThat(issued.text("apiKey")).startsWith("mk_").hasSizeGreaterThan(30);
    assertThat(project.body().path("apiKeyIssued").asBoolean()).isTrue();
    assertThat(project.text()).doesNotContain(issued.text("apiKey"));
  }

  @Test
  void deletingAnOrganizationDeletesItsProjects() {
    long projectId = createProject(admin, orgId, "Doomed").id();

    assertThat(api.delete("/api/orgs/" + orgId, admin.token()).status()).isEqualTo(204);
    assertThat(api.get("/api/projects/" + projectId, admin.token()).status()).isEqualTo(404);
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 6);
  }
}
