package dev.mockapi.manager.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.manager.IntegrationTest;
import dev.mockapi.manager.support.Api;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.RouteTable;
import dev.mockapi.model.StateAction;
import dev.mockapi.model.state.CollectionRef;
import dev.mockapi.model.state.CollectionStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ResourceIntegrationTest extends IntegrationTest {

  @Autowired CollectionStore store;
  @Autowired JsonMapper json;

  private Account editor;
  private long orgId;
  private long projectId;
  private String projectKey;
  private String slug;
  private String resources;

  @BeforeEach
  void project() {
    editor = signUp("editor");
    orgId = createOrg(editor, "Org");
    var project = createProject(editor, orgId, "Shop");
    projectId = project.id();
    projectKey = project.text("projectKey");
    slug = project.text("slug");
    resources = "/api/projects/" + projectId + "/resources";
  }

  @Test
  void createsTheSixCrudEndpointsOfTheCollectionAndPublishesThemInOneChange() {
    long versionBefore = routeTable().version();

    var response = api.post(resources, editor.token(), Map.of("name", "users"));

    assertThat(response.status()).as(response.text()).isEqualTo(201);
    assertThat(response.text("name")).isEqualTo("users");
    assertThat(response.text("collection")).isEqualTo("users");
    assertThat(response.body().path("seeded").asInt()).isZero();
    assertThat(
            response
                .body()
                .path("endpoints")
                .valueStream()
                .map(e -> routeOf(e.path("method"), e.path("path"), e.path("state")))
                .toList())
        .containsExactly(
            "GET /users list users",
            "POST /users create users",
            "GET /users/{id} get users",
            "PUT /users/{id} replace users",
            "PATCH /users/{id} patch users",
            "DELETE /users/{id} delete users");
    JsonNode create = response.body().path("endpoints").get(1);
    assertThat(create.path("response").path("status").asInt()).isEqualTo(201);
    assertThat(create.path("response").path("body").asString()).isEmpty();
    assertThat(create.path("description").asString()).contains("users");
    RouteTable table = routeTable();
    assertThat(table.version()).as("one change of the project").isEqualTo(versionBefore + 1);
    assertThat(table.routes())
        .extracting(r -> r.definition().method() + " " + r.definition().path())
        .containsExactly(
            "GET /users",
            "POST /users",
            "GET /users/{id}",
            "PUT /users/{id}",
            "PATCH /users/{id}",
            "DELETE /users/{id}");
    assertThat(table.routes())
        .extracting(r -> r.definition().state().action())
        .containsExactly(
            StateAction.LIST,
            StateAction.CREATE,
            StateAction.GET,
            StateAction.REPLACE,
            StateAction.PATCH,
            StateAction.DELETE);
  }

  @Test
  void seedsItemsWithIds1ToNFromTheDefaultTemplate() {
    var response = api.post(resources, editor.token(), Map.of("name", "users", "seedCount", 5));

    assertThat(response.status()).as(response.text()).isEqualTo(201);
    assertThat(response.body().path("seeded").asInt()).isEqualTo(5);
    var page = api.get(statePath("users") + "?size=10", editor.token());
    assertThat(page.status()).as(page.text()).isEqualTo(200);
    assertThat(page.body().path("total").asInt()).isEqualTo(5);
    List<JsonNode> items = page.body().path("items").valueStream().toList();
    assertThat(items).extracting(i -> i.path("id").asInt()).containsExactly(1, 2, 3, 4, 5);
    assertThat(items)
        .allSatisfy(
            item -> {
              assertThat(item.path("name").asString()).isNotBlank();
              assertThat(item.path("email").asString()).contains("@");
              assertThat(item.path("createdAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            });
    var stored = store.window(new CollectionRef(projectKey, "users"), null, null).join();
    assertThat(stored.total()).isEqualTo(5);
    assertThat(stored.items().getFirst()).startsWith("{\"id\":1,");
  }

  @Test
  void aCustomItemTemplateIsRenderedAndItsOwnIdReplaced() {
    var response =
        api.post(
            resources,
            editor.token(),
            Map.of(
                "name",
                "products",
                "seedCount",
                3,
                "itemTemplate",
                "{\"sku\": \"{{Faker.numerify('SKU-###')}}\", \"id\": \"mine\", \"inStock\": true}"));

    assertThat(response.status()).as(response.text()).isEqualTo(201);
    var stored = store.window(new CollectionRef(projectKey, "products"), null, null).join();
    assertThat(stored.items())
        .hasSize(3)
        .allSatisfy(item -> assertThat(item).matches("\\{\"id\":\\d,\"sku\":\"SKU-\\d{3}\",.*"));
    assertThat(stored.items()).extracting(this::id).containsExactly(1, 2, 3);
    assertThat(json.readTree(stored.items().getFirst()).path("inStock").asBoolean()).isTrue();
  }

  @Test
  void aTemplateThatDoesNotCompileIsA400WithLineAndColumnAndNothingIsCreated() {
    var response =
        api.post(
            resources,
            editor.token(),
            Map.of(
                "name",
                "users",
                "seedCount",
                2,
                "itemTemplate",
                "{\n  \"n\": \"{{Faker.nmae()}}\"\n}"));

    assertThat(response.status()).as(response.text()).isEqualTo(400);
    JsonNode error = response.body().path("errors").get(0);
    assertThat(error.path("field").asString()).isEqualTo("itemTemplate");
    assertThat(error.path("line").asInt()).isEqualTo(2);
    assertThat(error.path("column").asInt()).isEqualTo(17);
    assertThat(endpointCount()).isZero();
  }

  @Test
  void aTemplateThatRendersNoObjectIsA400NamingTheItem() {
    var array =
        api.post(
            resources,
            editor.token(),
            Map.of("name", "users", "seedCount", 2, "itemTemplate", "[{{Faker.random_int()}}]"));
    var notJson =
        api.post(
            resources,
            editor.token(),
            Map.of("name", "users", "seedCount", 2, "itemTemplate", "{\"n\": }"));

    assertThat(array.status()).as(array.text()).isEqualTo(400);
    assertThat(array.text("detail")).contains("itemTemplate", "item 1", "JSON object", "an array");
    assertThat(notJson.status()).as(notJson.text()).isEqualTo(400);
    assertThat(notJson.text("detail")).contains("item 1 is not valid JSON");
    assertThat(endpointCount()).isZero();
    assertThat(store.counts(projectKey).join()).isEmpty();
  }

  @Test
  void anItemOverTheItemSizeLimitIsA400NamingTheItem() {
    // A constant template just under the template limit: with its id, the item is over 256 KiB.
    String big = "{\"text\": \"" + "x".repeat(256 * 1024 - 16) + "\"}";

    var response =
        api.post(
            resources,
            editor.token(),
            Map.of("name", "users", "seedCount", 1, "itemTemplate", big));

    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.text("detail")).contains("item 1", "limits.item-size");
    assertThat(endpointCount()).isZero();
  }

  @Test
  void withoutASeedCountAnExistingCollectionIsLeftAsItIs() {
    var users = new CollectionRef(projectKey, "users");
    store.create(users, "ada", "{\"id\":\"ada\"}", "").join();

    var response = api.post(resources, editor.token(), Map.of("name", "users"));

    assertThat(response.status()).as(response.text()).isEqualTo(201);
    assertThat(store.window(users, null, null).join().items()).containsExactly("{\"id\":\"ada\"}");
  }

  @Test
  void aRouteClashIsA409NamingTheEndpointAndNothingIsCreatedOrSeeded() {
    long existing = createEndpoint(editor, projectId, "PATCH", "/users/{userId}").id();

    var response = api.post(resources, editor.token(), Map.of("name", "users", "seedCount", 3));

    assertThat(response.status()).as(response.text()).isEqualTo(409);
    assertThat(response.text("detail")).contains("PATCH /users/{id}", "endpoint " + existing);
    assertThat(endpointCount()).isEqualTo(1);
    assertThat(store.counts(projectKey).join()).isEmpty();
    assertThat(store.window(new CollectionRef(projectKey, "users"), null, null).join().total())
        .isZero();
  }

  @Test
  void whenRedisRefusesTheSeedTheEndpointsAreRolledBack() {
    int limit = 100; // mockapi.limits.collections-per-project
    for (int i = 0; i < limit; i++) {
      String name = "c" + i;
      store.create(new CollectionRef(projectKey, name), "1", "{\"id\":\"1\"}", "").join();
    }

    var response = api.post(resources, editor.token(), Map.of("name", "users", "seedCount", 3));

    assertThat(response.status()).as(response.text()).isEqualTo(409);
    assertThat(response.text("type")).isEqualTo("urn:mockapi:problem:too-many-collections");
    assertThat(response.text("detail")).contains("collections-per-project");
    assertThat(endpointCount()).isZero();
    assertThat(store.counts(projectKey).join()).hasSize(limit).doesNotContainKey("users");
  }

  static Stream<Arguments> invalidRequests() {
    Map<String, Object> noName = new HashMap<>();
    noName.put("seedCount", 1);
    return Stream.of(
        Arguments.of(noName, "name"),
        Arguments.of(Map.of("name", "two words"), "name"),
        Arguments.of(Map.of("name", "users/{id}"), "name"),
        Arguments.of(Map.of("name", "n".repeat(65)), "name"),
        Arguments.of(Map.of("name", "users", "seedCount", -1), "seedCount"),
        Arguments.of(Map.of("name", "users", "seedCount", 1001), "seedCount"));
  }

  @ParameterizedTest(name = "{1} is checked: {0}")
  @MethodSource("invalidRequests")
  void anInvalidFieldIsNamedInA400Problem(Map<String, Object> request, String field) {
    var response = api.post(resources, editor.token(), request);

    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.text("type")).isEqualTo("urn:mockapi:problem:validation");
    assertThat(response.body().path("errors").findValuesAsString("field")).containsExactly(field);
    assertThat(endpointCount()).isZero();
  }

  @Test
  void aViewerMayNotCreateAResource() {
    Account viewer = signUp("viewer");
    addMember(editor, orgId, viewer, "VIEWER");

    var response = api.post(resources, viewer.token(), Map.of("name", "users", "seedCount", 1));

    assertThat(response.status()).isEqualTo(403);
    assertThat(endpointCount()).isZero();
  }

  @Test
  void anotherOrganizationsProjectIsNotFound() {
    Account outsider = signUp("outsider");
    createProject(outsider, createOrg(outsider, "Other"), "Other");

    var response = api.post(resources, outsider.token(), Map.of("name", "users", "seedCount", 1));

    assertThat(response.status()).isEqualTo(404);
    assertThat(endpointCount()).isZero();
    assertThat(store.counts(projectKey).join()).isEmpty();
  }

  private static String routeOf(JsonNode method, JsonNode path, JsonNode state) {
    return method.asString()
        + " "
        + path.asString()
        + " "
        + state.path("action").asString()
        + " "
        + state.path("collection").asString();
  }

  private int id(String item) {
    return json.readTree(item).path("id").asInt();
  }

  private int endpointCount() {
    Api.Response list = api.get("/api/projects/" + projectId + "/endpoints", editor.token());
    assertThat(list.status()).isEqualTo(200);
    return list.body().size();
  }

  private String statePath(String collection) {
    return "/api/projects/" + projectId + "/state/" + collection;
  }

  private RouteTable routeTable() {
    String text = redis.opsForValue().get(RedisKeys.routes(slug));
    assertThat(text).as("route table of " + slug).isNotNull();
    return json.readValue(text, RouteTable.class);
  }
}
