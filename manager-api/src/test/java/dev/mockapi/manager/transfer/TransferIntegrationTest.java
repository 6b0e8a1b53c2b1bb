package dev.mockapi.manager.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.manager.IntegrationTest;
import dev.mockapi.manager.support.Api;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.RouteTable;
import dev.mockapi.model.state.CollectionRef;
import dev.mockapi.model.state.CollectionStore;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Export and import of whole projects through the API, against real Redis and a real database. */
class TransferIntegrationTest extends IntegrationTest {

  @Autowired JsonMapper json;
  @Autowired CollectionStore store;

  private Account editor;
  private long orgId;
  private long source;
  private long target;
  private String targetSlug;
  private String targetKey;

  @BeforeEach
  void projects() {
    editor = signUp("transfer");
    orgId = createOrg(editor, "Org");
    source = createProject(editor, orgId, "Shop").id();
    var created = createProject(editor, orgId, "Copy");
    target = created.id();
    targetSlug = created.text("slug");
    targetKey = created.text("projectKey");
  }

  @Test
  void exportImportExportGivesTheSameBytes() {
    furnish(source);

    String exported = export(source);
    var imported = importYaml(target, exported, "replace", false);
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);

    assertThat(export(target)).isEqualTo(exported);
    assertThat(exported)
        .startsWith("version: 1\n")
        .contains("fakerLocale: de-DE")
        .contains("collection: customers")
        .contains("|-\n") // a multi-line template stays readable: a literal block
        .doesNotContain("null");
  }

  @Test
  void theExportNamesTheFileAndHoldsTheSeedItemsAsObjects() {
    furnish(source);

    var response = api.get("/api/projects/" + source + "/export?format=yaml", editor.token());

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/yaml");
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment")
        .contains(".yaml");
    assertThat(response.text()).contains("  - id: 1\n").contains("  - id: 3\n");
  }

  @Test
  void aDryRunSaysWhatWouldChangePerEndpointAndWritesNothing() {
    createEndpoint(editor, target, "GET", "/kept");
    createEndpoint(editor, target, "GET", "/orders/{orderId}");
    long version = routeTable().version();
    String document =
        document(
            endpointYaml("GET", "/orders/{id}", "{}"), // the same route as /orders/{orderId}
            endpointYaml("POST", "/orders", "{\"id\": 1}"));

    var merge = importYaml(target, document, "merge", true);
    var replace = importYaml(target, document, "replace", true);

    assertThat(merge.status()).as(merge.text()).isEqualTo(200);
    assertThat(lines(merge.body()))
        .containsExactly("GET /orders/{id} changed", "POST /orders created");
    assertThat(merge.body().path("created").asInt()).isEqualTo(1);
    assertThat(merge.body().path("changed").asInt()).isEqualTo(1);
    assertThat(merge.body().path("removed").asInt()).isZero();
    assertThat(merge.body().path("dryRun").asBoolean()).isTrue();
    assertThat(lines(replace.body()))
        .containsExactly("GET /orders/{id} changed", "POST /orders created", "GET /kept removed");
    assertThat(replace.body().path("removed").asInt()).isEqualTo(1);
    assertThat(paths(target)).containsExactlyInAnyOrder("GET /kept", "GET /orders/{orderId}");
    assertThat(routeTable().version()).isEqualTo(version);
  }

  @Test
  void mergeKeepsTheOtherEndpointsAndReplaceRemovesThemInOnePublication() {
    createEndpoint(editor, target, "GET", "/kept");
    long version = routeTable().version();
    String document = document(endpointYaml("GET", "/users", "[]"));

    var merged = importYaml(target, document, "merge", false);
    assertThat(merged.status()).as(merged.text()).isEqualTo(200);
    assertThat(paths(target)).containsExactlyInAnyOrder("GET /kept", "GET /users");
    assertThat(routeTable().version()).isEqualTo(version + 1);

    var replaced = importYaml(target, document, "replace", false);
    assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
    assertThat(lines(replaced.body())).containsExactly("GET /users unchanged", "GET /kept removed");
    assertThat(paths(target)).containsExactly("GET /users");
    assertThat(routeTable().routes()).hasSize(1);
  }

  @Test
  void anInvalidEndpointIsA400NamingItAndNothingIsImported() {
    String document =
        document(endpointYaml("GET", "/fine", "{}"), endpointYaml("GET", "/bad/{", "{}"));

    var response = importYaml(target, document, "merge", false);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.text("type")).isEqualTo("urn:mockapi:problem:validation");
    assertThat(response.body().path("errors").get(0).path("field").asString())
        .isEqualTo("endpoints[1].path");
    assertThat(paths(target)).isEmpty();
  }

  @Test
  void aYamlSyntaxErrorNamesItsLineAndColumn() {
    var response =
        importYaml(target, "version: 1\nendpoints:\n  - method: GET\n   path: [\n", "merge", false);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.text("type")).isEqualTo("urn:mockapi:problem:malformed-import");
    assertThat(response.text("location")).matches("line \\d+, column \\d+");
  }

  @Test
  void aWrongFieldIsNamedByItsJsonPointer() {
    String document = document(endpointYaml("GET", "/a", "{}").replace("method:", "methd:"));

    var response = importYaml(target, document, "merge", false);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.text("type")).isEqualTo("urn:mockapi:problem:malformed-import");
    assertThat(response.text("location")).isEqualTo("/endpoints/0/methd");
    assertThat(response.text("detail")).contains("methd");
  }

  @Test
  void aDocumentOfAnotherVersionIsRefused() {
    var response = importYaml(target, "version: 2\nendpoints: []\n", "merge", false);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.text("location")).isEqualTo("/version");
  }

  @Test
  void anAliasBombIsRefusedBeforeItExpands() {
    StringBuilder bomb = new StringBuilder("version: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char previous = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [");
      bomb.append(("*" + previous + ", ").repeat(9)).append('*').append(previous).append("]\n");
    }

    var response = importYaml(target, bomb.toString(), "merge", false);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.text("type")).isEqualTo("urn:mockapi:problem:malformed-import");
    assertThat(response.text("detail")).containsIgnoringCase("alias");
  }

  @Test
  void anUploadOverTheImportLimitIsA413AndOneUnderTheApiLimitStillImports() {
    byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
    java.util.Arrays.fill(tooLarge, (byte) ' ');

    var refused =
        api.upload(
            importPath(target, "merge", false), editor.token(), tooLarge, "application/yaml");
    String large =
        document(endpointYaml("GET", "/big", "\"" + "x".repeat(200_000) + "\""))
            + "#"
            + " ".repeat(3 * 1024 * 1024)
            + "\n";
    var accepted = importYaml(target, large, "merge", false);

    assertThat(refused.status()).isEqualTo(413);
    assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
  }

  @Test
  void aStreamedUploadStopsBeingReadAtTheImportLimit() throws Exception {
    byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
    java.util.Arrays.fill(tooLarge, (byte) ' ');
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + importPath(target, "merge", false)))
            .header("Content-Type", "application/yaml")
            .header("Authorization", "Bearer " + editor.token())
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge)))
            .build();

    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("payload-too-large").contains("10485760 bytes");
  }

  @Test
  void anEmptyUploadOrAnUnknownFormatIsA400() {
    var empty =
        api.upload(
            importPath(target, "merge", false), editor.token(), new byte[0], "application/yaml");
    var unknown =
        api.upload(
            "/api/projects/" + target + "/import?format=har",
            editor.token(),
            "x".getBytes(StandardCharsets.UTF_8),
            "application/yaml");

    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.text("type")).isEqualTo("urn:mockapi:problem:malformed-import");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.text("detail")).contains("format");
  }

  @Test
  void aViewerMayExportButNotImport() {
    Account viewer = signUp("viewer");
    addMember(editor, orgId, viewer, "VIEWER");
    String document = document(endpointYaml("GET", "/a", "{}"));

    var exported = api.get("/api/projects/" + target + "/export", viewer.token());
    var imported =
        api.upload(
            importPath(target, "merge", false),
            viewer.token(),
            document.getBytes(StandardCharsets.UTF_8),
            "application/yaml");

    assertThat(exported.status()).isEqualTo(200);
    assertThat(imported.status()).isEqualTo(403);
    assertThat(paths(target)).isEmpty();
  }

  @Test
  void anImportOverTheEndpointQuotaImportsNothing() {
    String[] endpoints = new String[31];
    for (int i = 0; i < endpoints.length; i++) {
      endpoints[i] = endpointYaml("GET", "/e" + i, "{}");
    }

    var response = importYaml(target, document(endpoints), "merge", false);

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.text("type")).isEqualTo("urn:mockapi:problem:quota-exceeded");
    assertThat(paths(target)).isEmpty();
  }

  @Test
  void aSeedRedisRefusesRollsTheEndpointsBack() {
    String item = "    - {id: 1, text: " + "x".repeat(300 * 1024) + "}\n";
    String document =
        document(endpointYaml("GET", "/a", "{}"))
            + "collections:\n  - name: big\n    items:\n"
            + item;

    var response = importYaml(target, document, "merge", false);

    assertThat(response.status()).as(response.text()).isEqualTo(413);
    assertThat(paths(target)).isEmpty();
  }

  @Test
  void seedItemsAreNumberedAndOnlyChangedCollectionsAreSeeded() {
    String document =
        document(endpointYaml("GET", "/a", "{}"))
            + "collections:\n  - name: users\n    items:\n"
            + "    - {id: 9, name: Ada}\n    - {name: Grace}\n";
    var first = importYaml(target, document, "merge", false);
    assertThat(first.status()).as(first.text()).isEqualTo(200);
    assertThat(items("users"))
        .isEqualTo("[{\"id\":1,\"name\":\"Ada\"},{\"id\":2,\"name\":\"Grace\"}]");
    store
        .create(new CollectionRef(targetKey, "users"), null, "{\"id\":", ",\"name\":\"Live\"}")
        .join();

    var again = importYaml(target, document, "merge", false);

    assertThat(again.body().path("collections").get(0).path("change").asString())
        .isEqualTo("unchanged");
    assertThat(items("users")).contains("Live");
  }

  private String items(String collection) {
    var page = api.get("/api/projects/" + target + "/state/" + collection, editor.token());
    assertThat(page.status()).as(page.text()).isEqualTo(200);
    return page.body().path("items").toString();
  }

  @Test
  void anOpenApiExportImportsBackAsTheSameRoutes() {
    furnish(source);

    var exported = api.get("/api/projects/" + source + "/export?format=openapi", editor.token());
    assertThat(exported.status()).as(exported.text()).isEqualTo(200);
    assertThat(exported.text("openapi")).startsWith("3.1");
    var imported =
        api.upload(
            "/api/projects/" + target + "/import?format=openapi",
            editor.token(),
            exported.text().getBytes(StandardCharsets.UTF_8),
            "application/json");

    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    assertThat(paths(target)).containsAll(paths(source));
  }

  @Test
  void aWireMockFolderZipIsPreviewedThenImportedWithItsBodyFilesAndReports() {
    Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    StringBuilder mappings = new StringBuilder("[");
    for (int i = 0; i < 10; i++) {
      mappings
          .append(i == 0 ? "" : ",")
          .append("{\"request\": {\"method\": \"GET\", \"urlPath\": \"/api/items")
          .append(i)
          .append("\"}, \"response\": {\"jsonBody\": {\"n\": ")
          .append(i)
          .append("}, \"fixedDelayMilliseconds\": 20}}");
    }
    files.put("stubs/mappings/items.json", TransferFixtures.utf8(mappings.append("]").toString()));
    files.put(
        "stubs/mappings/orders.json",
        TransferFixtures.utf8(
            """
            {"mappings": [
              {"request": {"method": "GET", "urlPathTemplate": "/api/orders/{orderId}",
                           "headers": {"Accept": {"equalTo": "application/json"}}},
               "response": {"headers": {"Content-Type": "application/json"},
                            "bodyFileName": "order.json"}},
              {"request": {"method": "DELETE", "urlPathTemplate": "/api/orders/{orderId}"},
               "response": {"status": 204}}
            ]}
            """));
    files.put("stubs/__files/order.json", TransferFixtures.utf8("{\"id\": \"o-2\"}"));
    byte[] zip = TransferFixtures.zip(files);

    var preview = upload(target, "wiremock", zip, "application/zip", true);
    var imported = upload(target, "wiremock", zip, "application/zip", false);

    assertThat(preview.status()).as(preview.text()).isEqualTo(200);
    assertThat(preview.body().path("created").asInt()).isEqualTo(12);
    assertThat(paths(target)).hasSize(12).contains("GET /api/orders/{orderId}");
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    assertThat(imported.body().path("untranslated").toString())
        .contains("stubs/mappings/orders.json#/mappings/0/request/headers");
    var order =
        api.get("/api/projects/" + target + "/endpoints", editor.token())
            .body()
            .valueStream()
            .filter(e -> e.path("path").asString().equals("/api/orders/{orderId}"))
            .filter(e -> e.path("method").asString().equals("GET"))
            .findFirst()
            .orElseThrow();
    assertThat(order.path("response").path("body").asString()).isEqualTo("{\"id\": \"o-2\"}");
    assertThat(routeTable().routes()).hasSize(12);
  }

  @Test
  void aMockoonEnvironmentImportsItsRoutesAndSeedsItsCrudCollection() {
    String environment =
        """
        {"uuid": "e1", "lastMigration": 32, "name": "Inventory", "endpointPrefix": "",
         "latency": 0, "cors": true, "headers": [{"key": "Content-Type", "value": "application/json"}],
         "routes": [
           {"uuid": "r1", "type": "http", "method": "get", "endpoint": "stock",
            "responses": [{"uuid": "s1", "statusCode": 200, "default": true, "bodyType": "INLINE",
              "body": "{\\"sku\\": \\"{{queryParam 'sku'}}\\"}", "headers": [], "rules": []}]},
           {"uuid": "r2", "type": "crud", "method": "", "endpoint": "todos",
            "responses": [{"uuid": "s2", "statusCode": 200, "default": true,
              "bodyType": "DATABUCKET", "databucketID": "td01", "headers": [], "rules": []}]}
         ],
         "data": [{"uuid": "d1", "id": "td01", "name": "Todos",
                   "value": "[{\\"id\\": 1, \\"title\\": \\"Buy milk\\"}]"}]}
        """;

    var preview =
        upload(target, "mockoon", TransferFixtures.utf8(environment), "application/json", true);
    var imported =
        upload(target, "mockoon", TransferFixtures.utf8(environment), "application/json", false);

    assertThat(preview.status()).as(preview.text()).isEqualTo(200);
    assertThat(preview.body().path("collections").get(0).path("change").asString())
        .isEqualTo("created");
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    assertThat(imported.body().path("created").asInt()).isEqualTo(7);
    assertThat(imported.body().path("untranslated").toString()).contains("/cors");
    assertThat(paths(target)).contains("GET /stock", "GET /todos", "DELETE /todos/{id}");
    assertThat(items("todos")).isEqualTo("[{\"id\":1,\"title\":\"Buy milk\"}]");
  }

  @Test
  void aForeignDocumentThatIsNotJsonIsA400NamingTheLine() {
    var wireMock =
        upload(target, "wiremock", TransferFixtures.utf8("{\n  oops"), "application/json", false);
    var mockoon =
        upload(target, "mockoon", TransferFixtures.utf8("[1,\n2,,]"), "application/json", false);

    assertThat(wireMock.status()).isEqualTo(400);
    assertThat(wireMock.text("type")).isEqualTo("urn:mockapi:problem:malformed-import");
    assertThat(wireMock.text("location")).isEqualTo("line 2, column 3");
    assertThat(mockoon.status()).isEqualTo(400);
    assertThat(mockoon.text("location")).startsWith("line 2");
  }

  private Api.Response upload(
      long projectId, String format, byte[] body, String contentType, boolean dryRun) {
    return api.upload(
        "/api/projects/" + projectId + "/import?format=" + format + "&dryRun=" + dryRun,
        editor.token(),
        body,
        contentType);
  }

  // ---- fixtures ----

  /** Settings, endpoints of every kind, and a seeded resource. */
  private void furnish(long projectId) {
    var settings =
        api.patch(
            "/api/projects/" + projectId,
            editor.token(),
            Map.of(
                "description",
                "storefront",
                "settings",
                Map.of(
                    "fakerLocale",
                    "de-DE",
                    "cors",
                    Map.of(
                        "allowedOrigins",
                        List.of("https://shop.example"),
                        "allowCredentials",
                        false))));
    assertThat(settings.status()).as(settings.text()).isEqualTo(200);
    var endpoint =
        api.post(
            "/api/projects/" + projectId + "/endpoints",
            editor.token(),
            Map.of(
                "method",
                "GET",
                "path",
                "/users/{id}",
                "description",
                "One user",
                "priority",
                5,
                "response",
                Map.of(
                    "status",
                    200,
                    "headers",
                    Map.of("Content-Type", "application/json", "X-Trace", "{{Faker.uuid4()}}"),
                    "body",
                    "{\n  \"id\": \"{{request.path.id}}\",\n  \"name\": \"{{Faker.name()}}\"\n}"),
                "chaos",
                Map.of(
                    "delay",
                    Map.of("type", "uniform", "minMs", 10, "maxMs", 20),
                    "failureRate",
                    0.1)));
    assertThat(endpoint.status()).as(endpoint.text()).isEqualTo(201);
    createEndpoint(editor, projectId, "DELETE", "/sessions");
    var resource =
        api.post(
            "/api/projects/" + projectId + "/resources",
            editor.token(),
            Map.of(
                "name",
                "customers",
                "seedCount",
                3,
                "itemTemplate",
                "{\"name\": \"{{Faker.name()}}\", \"vip\": true, \"score\": 1.5}"));
    assertThat(resource.status()).as(resource.text()).isEqualTo(201);
  }

  private String export(long projectId) {
    var response = api.get("/api/projects/" + projectId + "/export", editor.token());
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.text();
  }

  private Api.Response importYaml(long projectId, String document, String mode, boolean dryRun) {
    return api.upload(
        importPath(projectId, mode, dryRun),
        editor.token(),
        document.getBytes(StandardCharsets.UTF_8),
        "application/yaml");
  }

  private static String importPath(long projectId, String mode, boolean dryRun) {
    return "/api/projects/" + projectId + "/import?format=yaml&mode=" + mode + "&dryRun=" + dryRun;
  }

  private static String document(String... endpoints) {
    return "version: 1\nendpoints:\n" + String.join("", endpoints);
  }

  private static String endpointYaml(String method, String path, String body) {
    return "  - method: "
        + method
        + "\n    path: '"
        + path
        + "'\n    response:\n      status: 200\n      headers: {Content-Type: application/json}\n"
        + "      body: '"
        + body.replace("'", "''")
        + "'\n";
  }

  private static List<String> lines(JsonNode report) {
    return report
        .path("endpoints")
        .valueStream()
        .map(
            e ->
                e.path("method").asString()
                    + " "
                    + e.path("path").asString()
                    + " "
                    + e.path("change").asString())
        .toList();
  }

  private List<String> paths(long projectId) {
    return api.get("/api/projects/" + projectId + "/endpoints", editor.token())
        .body()
        .valueStream()
        .map(e -> e.path("method").asString() + " " + e.path("path").asString())
        .toList();
  }

  private RouteTable routeTable() {
    String text = redis.opsForValue().get(RedisKeys.routes(targetSlug));
    assertThat(text).as("route table of " + targetSlug).isNotNull();
    return json.readValue(text, RouteTable.class);
  }
}
