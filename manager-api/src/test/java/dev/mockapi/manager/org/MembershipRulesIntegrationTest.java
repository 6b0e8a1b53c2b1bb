package dev.mockapi.manager.org;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.manager.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MembershipRulesIntegrationTest extends IntegrationTest {

  @Test
  void lastOwnerCannotBeDemotedOrRemoved() {
    Account owner = signUp("owner");
    long orgId = createOrg(owner, "Solo");
    String self = "/api/orgs/" + orgId + "/members/" + owner.id();

    var demoted = api.patch(self, owner.token(), Map.of("role", "ADMIN"));
    var removed = api.delete(self, owner.token());

    assertThat(demoted.status()).isEqualTo(409);
    assertThat(demoted.text("detail")).contains("last Owner");
    assertThat(removed.status()).isEqualTo(409);
    assertThat(api.get("/api/orgs/" + orgId, owner.token()).text("role")).isEqualTo("OWNER");
  }

  @Test
  void anOwnerMayStepDownOnceAnotherOwnerExists() {
    Account owner = signUp("owner");
    Account second = signUp("second");
    long orgId = createOrg(owner, "Pair");
    addMember(owner, orgId, second, "OWNER");

    var demoted =
        api.patch(
            "/api/orgs/" + orgId + "/members/" + owner.id(),
            owner.token(),
            Map.of("role", "ADMIN"));

    assertThat(demoted.status()).isEqualTo(200);
    assertThat(demoted.text("role")).isEqualTo("ADMIN");
    var lastOne =
        api.patch(
            "/api/orgs/" + orgId + "/members/" + second.id(),
            second.token(),
            Map.of("role", "ADMIN"));
    assertThat(lastOne.status()).isEqualTo(409);
  }

  @Test
  void addingAnUnknownEmailThen404() {
    Account owner = signUp("owner");
    long orgId = createOrg(owner, "Org");

    var response =
        api.post(
            "/api/orgs/" + orgId + "/members",
            owner.token(),
            Map.of("email", email("ghost"), "role", "EDITOR"));

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.text("detail")).contains("No registered user");
  }

  @Test
  void addingAnExistingMemberThen409() {
    Account owner = signUp("owner");
    Account editor = signUp("editor");
    long orgId = createOrg(owner, "Org");
    addMember(owner, orgId, editor, "EDITOR");

    var again =
        api.post(
            "/api/orgs/" + orgId + "/members",
            owner.token(),
            Map.of("email", editor.email(), "role", "VIEWER"));

    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void anInvalidRoleIsAFieldError() {
    Account owner = signUp("owner");
    long orgId = createOrg(owner, "Org");

    var response =
        api.post(
            "/api/orgs/" + orgId + "/members",
            owner.token(),
            Map.of("email", owner.email(), "role", "SUPERUSER"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo("role");
  }

  @Test
  void aViewerMayLeaveAnOrganization() {
    Account owner = signUp("owner");
    Account viewer = signUp("viewer");
    long orgId = createOrg(owner, "Org");
    addMember(owner, orgId, viewer, "VIEWER");

    var left = api.delete("/api/orgs/" + orgId + "/members/" + viewer.id(), viewer.token());

    assertThat(left.status()).isEqualTo(204);
    assertThat(api.get("/api/orgs/" + orgId, viewer.token()).status()).isEqualTo(404);
  }

  @Test
  void orgListShowsOnlyOwnOrganizationsWithRoles() {
    Account ann = signUp("ann");
    Account bob = signUp("bob");
    long annOrg = createOrg(ann, "Ann Org");
    long bobOrg = createOrg(bob, "Bob Org");
    addMember(bob, bobOrg, ann, "VIEWER");

    var orgs = api.get("/api/orgs", ann.token());

    assertThat(orgs.body().findValuesAsString("role")).containsExactlyInAnyOrder("OWNER", "VIEWER");
    assertThat(orgs.body().findValues("id").stream().map(n -> n.asLong()))
        .containsExactlyInAnyOrder(annOrg, bobOrg);
    assertThat(api.get("/api/orgs", bob.token()).body().size()).isEqualTo(1);
  }

  @Test
  void orgSlugsAreDerivedAndUnique() {
    Account ann = signUp("ann");
    var first = api.post("/api/orgs", ann.token(), Map.of("name", "Café Ünïcode Org"));
    var second = api.post("/api/orgs", ann.token(), Map.of("name", "Café Ünïcode Org"));

    assertThat(first.text("slug")).startsWith("cafe-unicode-org");
    assertThat(second.text("slug")).isNotEqualTo(first.text("slug")).startsWith("cafe-unicode-org");
  }
}
