package dev.mockapi.manager.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockapi.manager.IntegrationTest;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.state.CollectionRef;
import dev.mockapi.model.state.CollectionStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class StateIntegrationTest extends IntegrationTest {

  @Autowired CollectionStore store;

  private Account owner;
  private long orgId;
  private long projectId;
  private String projectKey;
  private String state;

  @BeforeEach
  void projectWithSeededUsers() {
    owner = signUp("owner");
    orgId = createOrg(owner, "Org");
    var project = createProject(owner, orgId, "Shop");
    projectId = project.id();
    projectKey = project.text("projectKey");
    state = "/api/projects/" + projectId + "/state";
    var users =
        api.post(
            "/api/projects/" + projectId + "/resources",
            owner.token(),
            Map.of("name", "users", "seedCount", 7));
    assertThat(users.status()).as(users.text()).isEqualTo(201);
  }

  @Test
  void listsEveryCollectionWithItsCountByName() {
    create("orders", "o1");

    var response = api.get(state, owner.token());

    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(response.body().path("collections").valueStream().map(JsonNode::toString))
        .containsExactly("{\"name\":\"orders\",\"count\":1}", "{\"name\":\"users\",\"count\":7}");
  }

  @Test
  void readsACollectionPageByPageWithItsTotal() {
    var second = api.get(state + "/users?page=2&size=3", owner.token());
    var last = api.get(state + "/users?page=3&size=3", owner.token());
    var byDefault = api.get(state + "/users", owner.token());
    var pastTheEnd = api.get(state + "/users?page=9", owner.token());

    assertThat(second.status()).as(second.text()).isEqualTo(200);
    assertThat(second.text("name")).isEqualTo("users");
    assertThat(second.body().path("total").asInt()).isEqualTo(7);
    assertThat(second.body().path("page").asInt()).isEqualTo(2);
    assertThat(second.body().path("size").asInt()).isEqualTo(3);
    assertThat(ids(second.body())).containsExactly(4, 5, 6);
    assertThat(second.body().path("items").get(0).path("email").asString()).contains("@");
    assertThat(ids(last.body())).containsExactly(7);
    assertThat(byDefault.body().path("size").asInt()).isEqualTo(50);
    assertThat(ids(byDefault.body())).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(pastTheEnd.body().path("total").asInt()).isEqualTo(7);
    assertThat(pastTheEnd.body().path("items").isEmpty()).isTrue();
  }

  @Test
  void aCollectionNeverWrittenToIsEmpty() {
    var response = api.get(state + "/nothing-yet", owner.token());

    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(response.body().path("total").asInt()).isZero();
    assertThat(response.body().path("items").isArray()).isTrue();
    assertThat(response.body().path("items").isEmpty()).isTrue();
  }

  @Test
  void resettingACollectionRestoresItsSeed() {
    var users = new CollectionRef(projectKey, "users");
    List<String> seeded = store.window(users, null, null).join().items();
    store.delete(users, "1").join();
    create("users", "extra");

    var response = api.delete(state + "/users", owner.token());

    assertThat(response.status()).as(response.text()).isEqualTo(204);
    assertThat(store.window(users, null, null).join().items()).isEqualTo(seeded);
  }

  @Test
  void resettingEverythingRestoresSeedsAndEmptiesTheRest() {
    var users = new CollectionRef(projectKey, "users");
    List<String> seeded = store.window(users, null, null).join().items();
    store.delete(users, "2").join();
    create("orders", "o1");

    var response = api.delete(state, owner.token());

    assertThat(response.status()).as(response.text()).isEqualTo(204);
    assertThat(store.window(users, null, null).join().items()).isEqualTo(seeded);
    assertThat(store.counts(projectKey).join()).isEqualTo(Map.of("users", 7L));
  }

  @Test
  void aViewerMayReadButNotReset() {
    Account viewer = signUp("viewer");
    addMember(owner, orgId, viewer, "VIEWER");

    assertThat(api.get(state, viewer.token()).status()).isEqualTo(200);
    assertThat(api.get(state + "/users", viewer.token()).status()).isEqualTo(200);
    assertThat(api.delete(state + "/users", viewer.token()).status()).isEqualTo(403);
    assertThat(api.delete(state, viewer.token()).status()).isEqualTo(403);
    assertThat(store.counts(projectKey).join()).isEqualTo(Map.of("users", 7L));
  }

  @Test
  void anotherOrganizationsProjectStateIsNotFound() {
    Account outsider = signUp("outsider");
    createProject(outsider, createOrg(outsider, "Other"), "Other");

    assertThat(api.get(state, outsider.token()).status()).isEqualTo(404);
    assertThat(api.get(state + "/users", outsider.token()).status()).isEqualTo(404);
    assertThat(api.delete(state + "/users", outsider.token()).status()).isEqualTo(404);
    assertThat(api.delete(state, outsider.token()).status()).isEqualTo(404);
    assertThat(store.counts(projectKey).join()).isEqualTo(Map.of("users", 7L));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "/users?page=0, page",
    "/users?page=-1, page",
    "/users?page=two, page",
    "/users?size=0, size",
    "/users?size=501, size",
    "/users?size=1e3, size",
    "/two%20words, collection",
    "/users.json, collection"
  })
  void anInvalidPageSizeOrNameIsA400NamingTheField(String path, String field) {
    var response = api.get(state + path, owner.token());

    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.text("type")).isEqualTo("urn:mockapi:problem:validation");
    assertThat(response.body().path("errors").findValuesAsString("field")).containsExactly(field);
  }

  @Test
  void deletingTheProjectDropsItsState() {
    create("orders", "o1");
    assertThat(stateKeys()).isNotEmpty();

    var response = api.delete("/api/projects/" + projectId, owner.token());

    assertThat(response.status()).as(response.text()).isEqualTo(204);
    await().atMost(Duration.ofSeconds(5)).until(() -> stateKeys().isEmpty());
  }

  @Test
  void deletingTheOrganizationDropsTheStateOfItsProjects() {
    var response = api.delete("/api/orgs/" + orgId, owner.token());

    assertThat(response.status()).as(response.text()).isEqualTo(204);
    await().atMost(Duration.ofSeconds(5)).until(() -> stateKeys().isEmpty());
  }

  /** Stores an item as the engine does for a POST with an id. */
  private void create(String collection, String id) {
    store
        .create(new CollectionRef(projectKey, collection), id, "{\"id\":\"" + id + "\"}", "")
        .join();
  }

  private Set<String> stateKeys() {
    return redis.keys("mockapi:state:" + RedisKeys.tag(projectKey) + ":*");
  }

  private static List<Integer> ids(JsonNode page) {
    return page.path("items").valueStream().map(item -> item.path("id").asInt()).toList();
  }
}
