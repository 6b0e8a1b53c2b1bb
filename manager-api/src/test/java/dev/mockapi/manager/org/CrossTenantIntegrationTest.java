package dev.mockapi.manager.org;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.manager.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What belongs to another organization is indistinguishable from what does not exist. */
class CrossTenantIntegrationTest extends IntegrationTest {

  @Test
  void anEndpointOfAnotherTenantCannotBeReachedThroughOwnProject() {
    Account ann = signUp("ann");
    Account bob = signUp("bob");
    long annProject = createProject(ann, createOrg(ann, "A"), "Ann Project").id();
    long bobProject = createProject(bob, createOrg(bob, "B"), "Bob Project").id();
    long bobEndpoint = createEndpoint(bob, bobProject, "GET", "/secret").id();
    String viaOwnProject = "/api/projects/" + annProject + "/endpoints/" + bobEndpoint;

    assertThat(api.get(viaOwnProject, ann.token()).status()).isEqualTo(404);
    assertThat(api.put(viaOwnProject, ann.token(), versioned(endpoint("GET", "/x"), 0)).status())
        .isEqualTo(404);
    assertThat(api.delete(viaOwnProject, ann.token()).status()).isEqualTo(404);
    assertThat(
            api.get("/api/projects/" + bobProject + "/endpoints/" + bobEndpoint, bob.token())
                .status())
        .isEqualTo(200);
  }

  @Test
  void missingAndForeignProjectsGiveTheSameAnswer() {
    Account ann = signUp("ann");
    Account bob = signUp("bob");
    long bobProject = createProject(bob, createOrg(bob, "B"), "Bob Project").id();

    var foreign = api.get("/api/projects/" + bobProject, ann.token());
    var missing = api.get("/api/projects/999999999", ann.token());

    assertThat(foreign.status()).isEqualTo(404);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(foreign.text("title")).isEqualTo(missing.text("title"));
    assertThat(foreign.text("detail")).doesNotContain("org");
  }

  @Test
  void aNonMemberCannotAddThemselvesToAnOrganization() {
    Account ann = signUp("ann");
    Account mallory = signUp("mallory");
    long orgId = createOrg(ann, "A");

    var response =
        api.post(
            "/api/orgs/" + orgId + "/members",
            mallory.token(),
            Map.of("email", mallory.email(), "role", "OWNER"));

    assertThat(response.status()).isEqualTo(404);
    assertThat(api.get("/api/orgs/" + orgId + "/members", ann.token()).body().size()).isEqualTo(1);
  }
}
