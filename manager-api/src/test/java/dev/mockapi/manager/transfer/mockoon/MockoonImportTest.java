package dev.mockapi.manager.transfer.mockoon;

import static dev.mockapi.manager.transfer.TransferFixtures.endpoint;
import static dev.mockapi.manager.transfer.TransferFixtures.reasonsAt;
import static dev.mockapi.manager.transfer.TransferFixtures.render;
import static dev.mockapi.manager.transfer.TransferFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockapi.manager.transfer.ProjectDocument.CollectionPart;
import dev.mockapi.manager.transfer.ProjectDocument.EndpointPart;
import dev.mockapi.manager.transfer.Translation;
import dev.mockapi.manager.web.MalformedImportException;
import dev.mockapi.model.DelaySpec;
import dev.mockapi.model.StateAction;
import dev.mockapi.model.StateBinding;
import dev.mockapi.model.template.RequestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class MockoonImportTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final MockoonImport mockoon = new MockoonImport();

  /** An environment as Mockoon 6 exports it: folders, http and CRUD routes, buckets, settings. */
  private static ObjectNode shop() {
    ObjectNode environment = JSON.createObjectNode();
    environment.put("uuid", "b9b7f1a0-5c1e-4b8e-9d7c-1a2b3c4d5e6f").put("lastMigration", 32);
    environment.put("name", "Shop").put("endpointPrefix", "api/v1").put("latency", 10);
    environment.put("port", 3001).put("hostname", "").put("proxyMode", true);
    environment.put("proxyHost", "https://shop.example").put("cors", true);
    environment.set("headers", headers("Content-Type", "application/json", "X-Env", "shop"));
    environment.set("tlsOptions", JSON.createObjectNode().put("enabled", false));
    environment.set("callbacks", JSON.createArrayNode());
    ArrayNode data = environment.putArray("data");
    data.addObject()
        .put("uuid", "d1")
        .put("id", "prd1")
        .put("name", "Products")
        .put("value", "[{\"id\": 1, \"name\": \"Lamp\"}, {\"id\": 2, \"name\": \"Desk\"}]");
    data.addObject()
        .put("uuid", "d2")
        .put("id", "usr1")
        .put("name", "Users")
        .put("value", "[{\"id\": \"u-9\", \"name\": \"Ada\"}, 42]");
    data.addObject()
        .put("uuid", "d3")
        .put("id", "gen1")
        .put("name", "Generated")
        .put("value", "[{{#repeat 3}}{\"name\": \"{{faker 'person.firstName'}}\"}{{/repeat}}]");
    data.addObject()
        .put("uuid", "d4")
        .put("id", "cfg1")
        .put("name", "Config")
        .put("value", "{\"a\": 1}");
    ArrayNode routes = environment.putArray("routes");
    List<String> uuids = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ObjectNode route =
          http(
              i % 2 == 0 ? "get" : "post",
              "catalog/section" + i + "/:itemId",
              response(200, "{\"section\": " + i + ", \"item\": \"{{urlParam 'itemId'}}\"}"));
      routes.add(route);
      uuids.add(route.path("uuid").asString());
    }
    ObjectNode order = http("get", "orders/:id", response(200, "{\"id\": \"{{urlParam 'id'}}\"}"));
    ObjectNode missing =
        response(404, "{\"error\": \"no such order\"}")
            .put("label", "Missing")
            .put("default", false);
    missing
        .putArray("rules")
        .addObject()
        .put("target", "params")
        .put("modifier", "id")
        .put("value", "0");
    ((ArrayNode) order.get("responses")).add(missing);
    ((ObjectNode) order.get("responses").get(0)).put("latency", 250);
    routes.add(order);
    routes.add(
        http(
            "get",
            "download",
            response(200, "").put("bodyType", "FILE").put("filePath", "./report.pdf")));
    routes.add(
        http(
            "get",
            "config",
            response(200, "").put("bodyType", "DATABUCKET").put("databucketID", "cfg1")));
    routes.add(http("all", "anything/*", response(200, "ok").put("disableTemplating", true)));
    routes.add(http("get", "files/:name?", response(200, "")));
    routes.add(http("get", "orders/:orderId", response(200, "duplicate")));
    ObjectNode random = http("get", "lucky", response(200, "{{int 1 6}}"));
    random.put("responseMode", "RANDOM");
    routes.add(random);
    routes.add(crud("products", "prd1"));
    routes.add(crud("users", "usr1"));
    routes.add(crud("generated", "gen1"));
    routes.add(crud("things/:id", ""));
    ObjectNode ws = http("", "live", response(200, ""));
    ws.put("type", "ws");
    routes.add(ws);
    ObjectNode folder =
        environment.putArray("folders").addObject().put("uuid", "f1").put("name", "Catalog");
    ArrayNode children = folder.putArray("children");
    uuids.forEach(uuid -> children.addObject().put("type", "route").put("uuid", uuid));
    environment.putArray("rootChildren").addObject().put("type", "folder").put("uuid", "f1");
    return environment;
  }

  @Test
  void everyHttpRouteOfARealisticEnvironmentBecomesAnEndpoint() {
    Translation translation = translate(shop());

    assertThat(translation.document().endpoints())
        .extracting(e -> e.method() + " " + e.path())
        .contains(
            "GET /api/v1/catalog/section0/{itemId}",
            "POST /api/v1/catalog/section11/{itemId}",
            "GET /api/v1/orders/{id}",
            "GET /api/v1/download",
            "GET /api/v1/config",
            "ANY /api/v1/anything/**",
            "GET /api/v1/lucky")
        .doesNotContain("GET /api/v1/orders/{orderId}");
    assertThat(translation.document().project()).isNull();
    EndpointPart section = endpoint(translation, "GET", "/api/v1/catalog/section4/{itemId}");
    JsonNode body =
        JSON.readTree(
            render(
                section, new RequestData("GET", "/x", Map.of("itemId", "lamp"), null, null, null)));
    assertThat(body.path("section").asInt()).isEqualTo(4);
    assertThat(body.path("item").asString()).isEqualTo("lamp");
    assertThat(section.response().headers())
        .containsEntry("Content-Type", "application/json")
        .containsEntry("X-Env", "shop");
  }

  @Test
  void theDefaultResponseIsAnsweredWithTheLatencyOfResponseAndEnvironment() {
    Translation translation = translate(shop());

    EndpointPart order = endpoint(translation, "GET", "/api/v1/orders/{id}");
    assertThat(order.response().status()).isEqualTo(200);
    assertThat(order.chaos().delay()).isEqualTo(new DelaySpec.Fixed(260));
    assertThat(reasonsAt(translation, "/routes/12/responses/1"))
        .contains("another response (Missing) is not translated");
    assertThat(reasonsAt(translation, "/routes/17")).contains("the same route as /routes/12");
    assertThat(reasonsAt(translation, "/routes/18/responseMode"))
        .contains("RANDOM has no equivalent");
  }

  @Test
  void fileBodiesAreReportedAndDataBucketBodiesAreSent() {
    Translation translation = translate(shop());

    assertThat(endpoint(translation, "GET", "/api/v1/download").response().body()).isEmpty();
    assertThat(reasonsAt(translation, "/routes/13/responses/0/filePath"))
        .contains("./report.pdf is on the machine Mockoon ran on");
    assertThat(endpoint(translation, "GET", "/api/v1/config").response().body())
        .isEqualTo("{\"a\": 1}");
    assertThat(render(endpoint(translation, "ANY", "/api/v1/anything/**"), RequestData.empty()))
        .isEqualTo("ok");
  }

  @Test
  void crudRoutesBecomeSeededCollectionsWithTheirStatefulEndpoints() {
    Translation translation = translate(shop());

    assertThat(translation.document().collections())
        .extracting(CollectionPart::name)
        .containsExactly("products", "users", "generated");
    CollectionPart products = translation.document().collections().getFirst();
    assertThat(products.items())
        .containsExactly("{\"id\":1,\"name\":\"Lamp\"}", "{\"id\":2,\"name\":\"Desk\"}");
    assertThat(endpoint(translation, "GET", "/api/v1/products").state())
        .isEqualTo(new StateBinding("products", StateAction.LIST));
    assertThat(endpoint(translation, "POST", "/api/v1/products").state().action())
        .isEqualTo(StateAction.CREATE);
    assertThat(endpoint(translation, "GET", "/api/v1/products/{id}").state().action())
        .isEqualTo(StateAction.GET);
    assertThat(endpoint(translation, "PUT", "/api/v1/products/{id}").state().action())
        .isEqualTo(StateAction.REPLACE);
    assertThat(endpoint(translation, "PATCH", "/api/v1/products/{id}").state().action())
        .isEqualTo(StateAction.PATCH);
    assertThat(endpoint(translation, "DELETE", "/api/v1/products/{id}").state().action())
        .isEqualTo(StateAction.DELETE);
    assertThat(endpoint(translation, "GET", "/api/v1/products").response().body()).isEmpty();
    assertThat(reasonsAt(translation, "/routes/19")).contains("PUT and DELETE on /api/v1/products");
  }

  @Test
  void seedItemsThatCannotBeKeptAsTheyAreAreReported() {
    Translation translation = translate(shop());

    CollectionPart users = translation.document().collections().get(1);
    assertThat(users.items()).containsExactly("{\"id\":\"u-9\",\"name\":\"Ada\"}");
    assertThat(reasonsAt(translation, "/data/1/value"))
        .contains("its id \"u-9\" is not kept")
        .contains("item 1 is not an object");
    assertThat(translation.document().collections().get(2).items()).isEmpty();
    assertThat(reasonsAt(translation, "/data/2/value")).contains("generated by a template");
    assertThat(reasonsAt(translation, "/routes/22/endpoint")).contains("{id}");
  }

  @Test
  void whatAnEnvironmentHasWithoutEquivalentIsReported() {
    Translation translation = translate(shop());

    assertThat(reasonsAt(translation, "/proxyMode")).contains("proxying");
    assertThat(reasonsAt(translation, "/cors")).contains("settings.cors");
    assertThat(reasonsAt(translation, "/routes/23")).contains("WebSocket");
    assertThat(reasonsAt(translation, "/routes/16/endpoint")).contains("Express syntax");
    assertThat(reasonsAt(translation, "/routes/12/responses/1")).isNotEmpty();
    assertThat(reasonsAt(translation, "/routes/0")).isEmpty();
  }

  @Test
  void mockoonHelpersAreRewrittenIntoMockApiTemplates() {
    ObjectNode environment = environment();
    String body =
        "{\"id\": \"{{urlParam 'id'}}\", \"q\": \"{{queryParam 'q'}}\", \"agent\":"
            + " \"{{header 'User-Agent'}}\", \"name\": \"{{body 'customer.name'}}\", \"first\":"
            + " \"{{body '$.items.0.sku'}}\", \"method\": \"{{method}}\", \"ref\": \"{{uuid}}\","
            + " \"n\": {{int 1 6}}, \"price\": {{float 1 9}}, \"flag\": {{boolean}}, \"who\":"
            + " \"{{faker 'person.firstName'}}\", \"mail\": \"{{faker 'internet.email'}}\", \"day\":"
            + " \"{{now 'yyyy-MM-dd'}}\", \"tags\": [{{#repeat 2}}\"t{{@index}}\"{{/repeat}}],"
            + " \"odd\": \"{{oneOf (array 'a' 'b')}}\", \"bucket\": \"{{data 'prd1'}}\"}";
    ((ArrayNode) environment.get("routes")).add(http("post", "orders/:id", response(201, body)));

    Translation translation = translate(environment);

    RequestData request =
        new RequestData(
            "POST",
            "/orders/7",
            Map.of("id", "7"),
            Map.of("q", List.of("lamp")),
            Map.of("user-agent", "curl"),
            "{\"customer\": {\"name\": \"Ada\"}, \"items\": [{\"sku\": \"A-1\"}]}");
    JsonNode rendered =
        JSON.readTree(render(endpoint(translation, "POST", "/orders/{id}"), request));
    assertThat(rendered.path("id").asString()).isEqualTo("7");
    assertThat(rendered.path("q").asString()).isEqualTo("lamp");
    assertThat(rendered.path("agent").asString()).isEqualTo("curl");
    assertThat(rendered.path("name").asString()).isEqualTo("Ada");
    assertThat(rendered.path("first").asString()).isEqualTo("A-1");
    assertThat(rendered.path("method").asString()).isEqualTo("POST");
    assertThat(rendered.path("ref").asString()).matches("[0-9a-f-]{36}");
    assertThat(rendered.path("n").asInt()).isBetween(1, 6);
    assertThat(rendered.path("price").asDouble()).isBetween(1.0, 9.0);
    assertThat(rendered.path("flag").isBoolean()).isTrue();
    assertThat(rendered.path("who").asString()).isNotBlank().doesNotContain("{{");
    assertThat(rendered.path("mail").asString()).contains("@");
    assertThat(rendered.path("day").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(rendered.path("tags").toString()).isEqualTo("[\"t0\",\"t1\"]");
    assertThat(rendered.path("odd").asString()).isEqualTo("{{oneOf (array 'a' 'b')}}");
    assertThat(reasonsAt(translation, "/routes/0/responses/0/body"))
        .contains("{{oneOf (array 'a' 'b')}} has no equivalent")
        .contains("{{data 'prd1'}} has no equivalent");
  }

  @Test
  void aCrudRouteSeedsFromTheBucketOfTheBrowserTest() {
    ObjectNode environment = environment();
    environment
        .putArray("data")
        .addObject()
        .put("id", "td01")
        .put("value", "[{\"id\": 1, \"title\": \"Buy milk\"}]");
    ((ArrayNode) environment.get("routes")).add(crud("todos", "td01"));

    Translation translation = translate(environment);

    assertThat(translation.document().collections())
        .containsExactly(new CollectionPart("todos", List.of("{\"id\":1,\"title\":\"Buy milk\"}")));
    assertThat(endpoint(translation, "GET", "/todos").state())
        .isEqualTo(new StateBinding("todos", StateAction.LIST));
  }

  @Test
  void whatDecidesWhenAResponseIsSentIsReported() {
    ObjectNode environment = environment();
    environment.set("tlsOptions", JSON.createObjectNode().put("enabled", true));
    environment.set("headers", headers("X-Env", "e", "x-env", "again"));
    ObjectNode response = response(200, "{}").put("fallbackTo404", true).put("crudKey", "uuid");
    response.withArray("rules").addObject().put("target", "header");
    response.withArray("callbacks").addObject().put("uuid", "c1");
    response.set("headers", headers("X-Env", "route"));
    ((ArrayNode) environment.get("routes")).add(http("get", "checked", response.deepCopy()));
    ((ArrayNode) environment.get("routes")).add(crud("api/:tenant/todos", "").put("uuid", "r"));
    ((ObjectNode) environment.get("routes").get(1).get("responses").get(0)).put("crudKey", "uuid");

    Translation translation = translate(environment);

    assertThat(endpoint(translation, "GET", "/checked").response().headers())
        .containsExactly(Map.entry("X-Env", "route"));
    assertThat(reasonsAt(translation, "/routes/0/responses/0/rules")).contains("not matched");
    assertThat(reasonsAt(translation, "/routes/0/responses/0/fallbackTo404")).isNotEmpty();
    assertThat(reasonsAt(translation, "/routes/0/responses/0/callbacks")).isNotEmpty();
    assertThat(reasonsAt(translation, "/headers/1")).contains("given twice");
    assertThat(reasonsAt(translation, "/tlsOptions")).isNotEmpty();
    assertThat(translation.document().collections())
        .extracting(CollectionPart::name)
        .containsExactly("api_todos");
    assertThat(endpoint(translation, "GET", "/api/{tenant}/todos/{id}").state().collection())
        .isEqualTo("api_todos");
    assertThat(reasonsAt(translation, "/routes/1/endpoint")).contains("do not scope the items");
    assertThat(reasonsAt(translation, "/routes/1/responses/0/crudKey")).contains("uuid is not");
  }

  @Test
  void aDocumentThatIsNotAnEnvironmentIsRefusedWithItsLocation() {
    assertMalformed("{\"routes\": [\n  {\"type\": \"http\",]}", "line 2, column 19");
    assertMalformed("{\"name\": \"no routes\"}", "/routes");
    assertMalformed("[1, 2]", "/");
    assertMalformed("", "line 1, column 1");
  }

  private void assertMalformed(String document, String location) {
    assertThatThrownBy(() -> mockoon.translate(utf8(document)))
        .isInstanceOfSatisfying(
            MalformedImportException.class,
            e -> assertThat(e.getBody().getProperties()).containsEntry("location", location));
  }

  private Translation translate(ObjectNode environment) {
    return mockoon.translate(utf8(JSON.writeValueAsString(environment)));
  }

  private static ObjectNode environment() {
    ObjectNode environment = JSON.createObjectNode().put("uuid", "e").put("lastMigration", 32);
    environment.putArray("routes");
    return environment;
  }

  private static int routes;

  private static ObjectNode http(String method, String endpoint, ObjectNode response) {
    ObjectNode route = JSON.createObjectNode();
    route.put("uuid", "route-" + ++routes).put("type", "http").put("documentation", "");
    route.put("method", method).put("endpoint", endpoint);
    route.putArray("responses").add(response);
    route.putNull("responseMode");
    return route;
  }

  private static ObjectNode crud(String endpoint, String bucket) {
    ObjectNode route =
        http(
            "",
            endpoint,
            response(200, "").put("bodyType", "DATABUCKET").put("databucketID", bucket));
    return route.put("type", "crud");
  }

  private static ObjectNode response(int status, String body) {
    ObjectNode response = JSON.createObjectNode();
    response.put("uuid", "response-" + ++routes).put("body", body).put("latency", 0);
    response.put("statusCode", status).put("label", "").put("bodyType", "INLINE");
    response.put("filePath", "").put("databucketID", "").put("sendFileAsBody", false);
    response.putArray("headers");
    response.putArray("rules");
    response.put("rulesOperator", "OR").put("disableTemplating", false);
    response.put("fallbackTo404", false).put("default", true).put("crudKey", "id");
    response.putArray("callbacks");
    return response;
  }

  private static ArrayNode headers(String... pairs) {
    ArrayNode headers = JSON.createArrayNode();
    for (int i = 0; i < pairs.length; i += 2) {
      headers.addObject().put("key", pairs[i]).put("value", pairs[i + 1]);
    }
    return headers;
  }
}
