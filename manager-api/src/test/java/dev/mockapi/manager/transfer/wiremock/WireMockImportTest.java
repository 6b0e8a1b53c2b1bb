package dev.mockapi.manager.transfer.wiremock;

import static dev.mockapi.manager.transfer.TransferFixtures.endpoint;
import static dev.mockapi.manager.transfer.TransferFixtures.reasonsAt;
import static dev.mockapi.manager.transfer.TransferFixtures.render;
import static dev.mockapi.manager.transfer.TransferFixtures.utf8;
import static dev.mockapi.manager.transfer.TransferFixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockapi.manager.transfer.ImportLimits;
import dev.mockapi.manager.transfer.ProjectDocument.EndpointPart;
import dev.mockapi.manager.transfer.Translation;
import dev.mockapi.manager.web.MalformedImportException;
import dev.mockapi.model.DelaySpec;
import dev.mockapi.model.Fault;
import dev.mockapi.model.HttpMethods;
import dev.mockapi.model.template.RequestData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WireMockImportTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final ImportLimits LIMITS = new ImportLimits(2000, DataSize.ofMegabytes(50), 50);

  private final WireMockImport wireMock = new WireMockImport(LIMITS);

  /** A shop's stubs as a team keeps them: one file per resource, dozens of mappings in all. */
  private static Map<String, byte[]> shopFolder() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String resource : List.of("orders", "users", "products", "carts", "invoices", "stores")) {
      StringBuilder mappings = new StringBuilder("{\"mappings\": [");
      mappings.append(
          """
          {"name": "List %1$s", "request": {"method": "GET", "urlPath": "/api/%1$s"},
           "response": {"status": 200, "headers": {"Content-Type": "application/json"},
                        "jsonBody": [{"id": 1}, {"id": 2}]}},
          {"request": {"method": "POST", "urlPath": "/api/%1$s"},
           "response": {"status": 201, "jsonBody": {"id": 3}, "fixedDelayMilliseconds": 40}},
          {"request": {"method": "GET", "urlPathTemplate": "/api/%1$s/{id}"},
           "response": {"status": 200, "bodyFileName": "%1$s/one.json",
                        "headers": {"Content-Type": "application/json"}}},
          {"request": {"method": "PUT", "urlPathPattern": "/api/%1$s/[0-9]+"},
           "response": {"status": 200, "body": "updated"}},
          {"request": {"method": "DELETE", "urlPathTemplate": "/api/%1$s/{id}"},
           "response": {"status": 204}},
          {"request": {"method": "GET", "urlPath": "/api/%1$s/count"},
           "response": {"status": 200, "body": "6"}},
          {"request": {"method": "GET", "urlPath": "/api/%1$s/broken"},
           "response": {"fault": "CONNECTION_RESET_BY_PEER"}}
          """
              .formatted(resource));
      files.put("wiremock/mappings/" + resource + ".json", utf8(mappings.append("]}").toString()));
      files.put(
          "wiremock/__files/" + resource + "/one.json",
          utf8("{\"id\": 7, \"kind\": \"" + resource + "\"}"));
    }
    return files;
  }

  @Test
  void aZippedFolderWithDozensOfMappingsBecomesOneEndpointEach() {
    Translation translation = wireMock.translate(zip(shopFolder()));

    assertThat(translation.document().endpoints()).hasSize(42);
    assertThat(translation.document().endpoints())
        .extracting(e -> e.method() + " " + e.path())
        .contains(
            "GET /api/orders",
            "POST /api/orders",
            "GET /api/orders/{id}",
            "PUT /api/orders/{param1}",
            "DELETE /api/stores/{id}",
            "GET /api/stores/count");
    EndpointPart one = endpoint(translation, "GET", "/api/invoices/{id}");
    assertThat(JSON.readTree(one.response().body()).path("kind").asString()).isEqualTo("invoices");
    assertThat(endpoint(translation, "GET", "/api/carts").description()).isEqualTo("List carts");
    assertThat(
            reasonsAt(
                translation, "wiremock/mappings/orders.json#/mappings/3/request/urlPathPattern"))
        .contains("translated as /api/orders/{param1}")
        .contains("not only [0-9]+");
  }

  @Test
  void jsonBodyIsWrittenAsJsonAndRendersAsItWasGiven() {
    Translation translation =
        translateJson(
            """
            {"request": {"method": "GET", "urlPath": "/api/orders"},
             "response": {"status": 200, "jsonBody": [{"id": "o-1", "total": 12.5, "note": "{{x}}"}]}}
            """);

    EndpointPart orders = endpoint(translation, "GET", "/api/orders");
    assertThat(JSON.readTree(render(orders, RequestData.empty())))
        .isEqualTo(JSON.readTree("[{\"id\": \"o-1\", \"total\": 12.5, \"note\": \"{{x}}\"}]"));
    assertThat(translation.untranslated()).isEmpty();
  }

  @Test
  void aBodyWithoutTheTemplateTransformerIsSentAsWritten() {
    Translation translation =
        translateJson(
            """
            {"request": {"method": "GET", "url": "/plain"},
             "response": {"body": "Hello {{request.path.[0]}}"}}
            """);

    assertThat(render(endpoint(translation, "GET", "/plain"), RequestData.empty()))
        .isEqualTo("Hello {{request.path.[0]}}");
  }

  @Test
  void responseTemplatesAreRewrittenIntoMockApiTemplates() {
    Translation translation =
        translateJson(
            """
            {"request": {"method": "POST", "urlPathTemplate": "/api/orders/{orderId}/items"},
             "response": {"status": 201, "transformers": ["response-template"],
               "headers": {"Content-Type": "application/json", "X-Order": "{{request.path.orderId}}"},
               "body": "{\\"order\\": \\"{{request.path.orderId}}\\", \\"segment\\": \\"{{request.pathSegments.[2]}}\\", \\"page\\": \\"{{request.query.page}}\\", \\"agent\\": \\"{{request.headers.[User-Agent]}}\\", \\"name\\": \\"{{jsonPath request.body '$.customer.name'}}\\", \\"method\\": \\"{{request.method}}\\", \\"ref\\": \\"{{randomValue type='UUID'}}\\", \\"code\\": \\"{{randomValue length=6 type='NUMERIC'}}\\", \\"n\\": {{randomInt lower=1 upper=9}}, \\"day\\": \\"{{now format='yyyy-MM-dd'}}\\", \\"raw\\": \\"{{{request.url}}}\\", \\"each\\": \\"{{#each request.query.tags}}{{this}}{{/each}}\\"}"}}
            """);

    EndpointPart items = endpoint(translation, "POST", "/api/orders/{orderId}/items");
    RequestData request =
        new RequestData(
            "POST",
            "/api/orders/A-17/items",
            Map.of("orderId", "A-17"),
            Map.of("page", List.of("2")),
            Map.of("user-agent", "curl"),
            "{\"customer\": {\"name\": \"Ada\"}}");
    JsonNode body = JSON.readTree(render(items, request));

    assertThat(body.path("order").asString()).isEqualTo("A-17");
    assertThat(body.path("segment").asString()).isEqualTo("A-17");
    assertThat(body.path("page").asString()).isEqualTo("2");
    assertThat(body.path("agent").asString()).isEqualTo("curl");
    assertThat(body.path("name").asString()).isEqualTo("Ada");
    assertThat(body.path("method").asString()).isEqualTo("POST");
    assertThat(body.path("ref").asString()).matches("[0-9a-f-]{36}");
    assertThat(body.path("code").asString()).matches("[0-9]{6}");
    assertThat(body.path("n").asInt()).isBetween(1, 9);
    assertThat(body.path("day").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(body.path("raw").asString()).isEqualTo("{{{request.url}}}");
    assertThat(body.path("each").asString())
        .isEqualTo("{{#each request.query.tags}}{{this}}{{/each}}");
    assertThat(items.response().headers()).containsEntry("X-Order", "{{request.path.orderId}}");
    assertThat(reasonsAt(translation, "/response/body"))
        .contains("{{{request.url}}} has no equivalent")
        .contains("{{#each request.query.tags}} has no equivalent")
        .contains("{{this}} has no equivalent");
  }

  @Test
  void everyUrlMatcherBecomesAPathAndTheQueryItCannotMatchIsReported() {
    Translation translation =
        translateJson(
            """
            [
              {"request": {"method": "GET", "url": "/search?q=shoes"}, "response": {"status": 200}},
              {"request": {"method": "GET", "urlPath": "/exact/path"}, "response": {"status": 200}},
              {"request": {"method": "GET", "urlPathTemplate": "/orders/{orderId}/lines/{line}"},
               "response": {"status": 200}},
              {"request": {"method": "GET", "urlPathPattern": "^/users/(?<userId>\\\\d+)/posts/[^/]+$"},
               "response": {"status": 200}},
              {"request": {"method": "GET", "urlPathPattern": "/files/.*"}, "response": {"status": 200}},
              {"request": {"method": "GET", "urlPattern": "/legacy/[a-z]+\\\\?page=.*"},
               "response": {"status": 200}},
              {"request": {"method": "GET", "urlPathPattern": "/(a|b)/x?"}, "response": {"status": 200}},
              {"request": {"method": "ANY"}, "response": {"status": 404}},
              {"request": {"method": "TRACE", "urlPath": "/trace"}, "response": {"status": 200}},
              {"request": {"method": "GET", "urlPath": "/bad/{"}, "response": {"status": 200}}
            ]
            """);

    assertThat(translation.document().endpoints())
        .extracting(e -> e.method() + " " + e.path())
        .containsExactly(
            "GET /search",
            "GET /exact/path",
            "GET /orders/{orderId}/lines/{line}",
            "GET /users/{userId}/posts/{param1}",
            "GET /files/**",
            "GET /legacy/{param1}",
            HttpMethods.ANY + " /**");
    assertThat(reasonsAt(translation, "/0/request/url")).contains("?q=shoes is not matched");
    assertThat(reasonsAt(translation, "/3/request/urlPathPattern")).contains("not only \\d+");
    assertThat(reasonsAt(translation, "/5/request/urlPattern"))
        .contains("\\?page=.* is not matched");
    assertThat(reasonsAt(translation, "/6/request/urlPathPattern"))
        .contains("is not one an endpoint path can hold");
    assertThat(reasonsAt(translation, "/8/request/method")).contains("TRACE has no equivalent");
    assertThat(reasonsAt(translation, "/9/request")).contains("cannot be an endpoint's");
  }

  @Test
  void requestMatchersAnEndpointCannotExpressAreReportedNotDropped() {
    Translation translation =
        translateJson(
            """
            {"mappings": [
              {"priority": 1, "scenarioName": "checkout", "requiredScenarioState": "Started",
               "newScenarioState": "Paid", "postServeActions": [{"name": "webhook"}],
               "request": {"method": "POST", "urlPath": "/pay",
                 "headers": {"Authorization": {"matches": "Bearer .*"}},
                 "queryParameters": {"dry": {"equalTo": "1"}},
                 "cookies": {"session": {"equalTo": "x"}},
                 "bodyPatterns": [{"matchesJsonPath": "$.amount"}],
                 "basicAuthCredentials": {"username": "a", "password": "b"}},
               "response": {"status": 200, "statusMessage": "Paid", "transformers": ["custom"],
                 "chunkedDribbleDelay": {"numberOfChunks": 5, "totalDuration": 1000}}},
              {"priority": 9, "request": {"method": "POST", "urlPath": "/pay"},
               "response": {"status": 500}}
            ]}
            """);

    EndpointPart pay = endpoint(translation, "POST", "/pay");
    assertThat(pay.priority()).isEqualTo(4);
    assertThat(pay.response().status()).isEqualTo(200);
    assertThat(translation.untranslated())
        .extracting(u -> u.location())
        .contains(
            "/mappings/0/scenarioName",
            "/mappings/0/requiredScenarioState",
            "/mappings/0/newScenarioState",
            "/mappings/0/postServeActions",
            "/mappings/0/request/headers",
            "/mappings/0/request/queryParameters",
            "/mappings/0/request/cookies",
            "/mappings/0/request/bodyPatterns",
            "/mappings/0/request/basicAuthCredentials",
            "/mappings/0/response/statusMessage",
            "/mappings/0/response/transformers/0",
            "/mappings/0/response/chunkedDribbleDelay");
    assertThat(reasonsAt(translation, "/mappings/1"))
        .contains("the same route as /mappings/0")
        .contains("left out");
  }

  @Test
  void delaysBecomeLatencyAndFaultsTheClosestChaosFault() {
    Translation translation =
        translateJson(
            """
            [
              {"request": {"urlPath": "/fixed"}, "response": {"fixedDelayMilliseconds": 20}},
              {"request": {"urlPath": "/uniform"},
               "response": {"delayDistribution": {"type": "uniform", "lower": 15, "upper": 25}}},
              {"request": {"urlPath": "/lognormal"},
               "response": {"delayDistribution": {"type": "lognormal", "median": 80, "sigma": 0.4}}},
              {"request": {"urlPath": "/slow"}, "response": {"fixedDelayMilliseconds": 90000}},
              {"request": {"urlPath": "/empty"}, "response": {"fault": "EMPTY_RESPONSE"}},
              {"request": {"urlPath": "/reset"}, "response": {"fault": "CONNECTION_RESET_BY_PEER"}},
              {"request": {"urlPath": "/garbage"}, "response": {"fault": "RANDOM_DATA_THEN_CLOSE"}},
              {"request": {"urlPath": "/chunk"}, "response": {"fault": "MALFORMED_RESPONSE_CHUNK"}},
              {"request": {"urlPath": "/odd"}, "response": {"fault": "SOMETHING_NEW"}}
            ]
            """);

    assertThat(endpoint(translation, "ANY", "/fixed").chaos().delay())
        .isEqualTo(new DelaySpec.Fixed(20));
    assertThat(endpoint(translation, "ANY", "/uniform").chaos().delay())
        .isEqualTo(new DelaySpec.Uniform(15, 25));
    assertThat(endpoint(translation, "ANY", "/lognormal").chaos().delay())
        .isEqualTo(new DelaySpec.LogNormal(80, 0.4));
    assertThat(endpoint(translation, "ANY", "/slow").chaos().delay())
        .isEqualTo(new DelaySpec.Fixed(DelaySpec.MAX_MS));
    assertThat(reasonsAt(translation, "/3/response/fixedDelayMilliseconds")).contains("capped");
    assertThat(endpoint(translation, "ANY", "/empty").chaos().fault())
        .isEqualTo(Fault.EMPTY_RESPONSE);
    assertThat(endpoint(translation, "ANY", "/empty").chaos().failureRate()).isEqualTo(1.0);
    assertThat(endpoint(translation, "ANY", "/reset").chaos().fault())
        .isEqualTo(Fault.CONNECTION_RESET);
    assertThat(endpoint(translation, "ANY", "/garbage").chaos().fault())
        .isEqualTo(Fault.MALFORMED_BODY);
    assertThat(endpoint(translation, "ANY", "/chunk").chaos().fault())
        .isEqualTo(Fault.MALFORMED_BODY);
    assertThat(reasonsAt(translation, "/6/response/fault")).contains("approximated");
    assertThat(endpoint(translation, "ANY", "/odd").chaos()).isNull();
    assertThat(reasonsAt(translation, "/8/response/fault")).contains("has no equivalent");
  }

  @Test
  void bodiesComeFromBase64AndBodyFilesAndWhatIsNotTextIsReported() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(
        "mappings/bodies.json",
        utf8(
            """
            [
              {"request": {"urlPath": "/b64"}, "response": {"base64Body": "aGVsbG8gd29ybGQ="}},
              {"request": {"urlPath": "/binary"}, "response": {"base64Body": "/9j/4AAQSkZJRgABAQ=="}},
              {"request": {"urlPath": "/file"}, "response": {"bodyFileName": "order.json"}},
              {"request": {"urlPath": "/missing"}, "response": {"bodyFileName": "gone.json"}},
              {"request": {"urlPath": "/image"}, "response": {"bodyFileName": "logo.png"}},
              {"request": {"urlPath": "/both"}, "response": {"body": "a", "jsonBody": {"b": 1}}},
              {"request": {"urlPath": "/proxy"}, "response": {"proxyBaseUrl": "https://example.com"}}
            ]
            """));
    files.put("__files/order.json", utf8("{\"id\": \"o-2\"}"));
    files.put("__files/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});

    Translation translation = wireMock.translate(zip(files));

    assertThat(endpoint(translation, "ANY", "/b64").response().body()).isEqualTo("hello world");
    assertThat(endpoint(translation, "ANY", "/binary").response().body()).isEmpty();
    assertThat(endpoint(translation, "ANY", "/file").response().body())
        .isEqualTo("{\"id\": \"o-2\"}");
    assertThat(endpoint(translation, "ANY", "/missing").response().body()).isEmpty();
    assertThat(endpoint(translation, "ANY", "/both").response().body()).isEqualTo("a");
    String at = "mappings/bodies.json#";
    assertThat(reasonsAt(translation, at + "/1/response/base64Body")).contains("binary body");
    assertThat(reasonsAt(translation, at + "/3/response/bodyFileName"))
        .contains("__files/gone.json is not in the upload");
    assertThat(reasonsAt(translation, at + "/4/response/bodyFileName")).contains("binary body");
    assertThat(reasonsAt(translation, at + "/5/response/jsonBody"))
        .contains("body is the one sent");
    assertThat(reasonsAt(translation, at + "/6/response/proxyBaseUrl")).contains("left out");
    assertThat(translation.document().endpoints())
        .extracting(EndpointPart::path)
        .doesNotContain("/proxy");
  }

  @Test
  void filesOutsideTheMappingsFolderAndNamesLeavingItAreReportedNotRead() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("mappings/a.json", utf8("{\"request\": {\"urlPath\": \"/a\"}, \"response\": {}}"));
    files.put("../../etc/evil.json", utf8("{\"request\": {\"urlPath\": \"/evil\"}}"));
    files.put("/abs/mappings/x.json", utf8("{}"));
    files.put("README.md", utf8("# stubs"));
    files.put("mappings/nested.zip", zip(Map.of("mappings/b.json", utf8("{}"))));

    Translation translation = wireMock.translate(zip(files));

    assertThat(translation.document().endpoints())
        .extracting(EndpointPart::path)
        .containsExactly("/a");
    assertThat(reasonsAt(translation, "../../etc/evil.json")).contains("leaves the zip's folder");
    assertThat(reasonsAt(translation, "/abs/mappings/x.json")).contains("leaves the zip's folder");
    assertThat(reasonsAt(translation, "README.md")).contains("not read");
    assertThat(reasonsAt(translation, "mappings/nested.zip")).contains("not read");
  }

  @Test
  void aZipThatExpandsPastTheUnzippedSizeIsRefused() {
    WireMockImport small = new WireMockImport(new ImportLimits(10, DataSize.ofKilobytes(64), 50));
    byte[] bomb = zip(Map.of("mappings/big.json", new byte[1024 * 1024]));
    assertThat(bomb.length).isLessThan(8 * 1024);

    assertThatThrownBy(() -> small.translate(bomb))
        .isInstanceOfSatisfying(
            MalformedImportException.class,
            e -> {
              assertThat(e.getBody().getDetail()).contains("mockapi.import.max-unzipped-size");
              assertThat(e.getBody().getProperties())
                  .containsEntry("location", "mappings/big.json");
            });
  }

  @Test
  void aZipWithMoreFilesThanTheLimitIsRefused() {
    WireMockImport small = new WireMockImport(new ImportLimits(10, DataSize.ofMegabytes(1), 50));
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < 11; i++) {
      files.put("mappings/m" + i + ".json", utf8("{\"request\": {}}"));
    }

    assertThatThrownBy(() -> small.translate(zip(files)))
        .isInstanceOf(MalformedImportException.class)
        .hasMessageContaining("more than 10 files");
    files.remove("mappings/m10.json");
    assertThat(small.translate(zip(files)).document().endpoints()).hasSize(1);
  }

  @Test
  void aMappingFileThatIsNotJsonNamesTheFileLineAndColumn() {
    byte[] upload =
        zip(Map.of("mappings/a.json", utf8("{\n  \"request\": {\n    \"url\" \"/a\"\n}")));

    assertMalformed(upload, "mappings/a.json, line 3, column 11");
  }

  @Test
  void aDocumentThatIsNotJsonOrNotMappingsIsRefusedWithItsLocation() {
    assertMalformed(utf8("[{\"request\": {}},\n {\"request\": }]"), "line 2, column 14");
    assertMalformed(utf8("{\"openapi\": \"3.0.0\"}"), "/");
    assertMalformed(utf8("   "), "line 1, column 1");
    assertMalformed(utf8("{\"a\": 1, \"a\": 2}"), "line 1, column 13");
  }

  @Test
  void aBrokenZipIsRefused() {
    byte[] upload = zip(Map.of("mappings/a.json", utf8("{}")));
    byte[] cut = java.util.Arrays.copyOf(upload, 40);

    assertThatThrownBy(() -> wireMock.translate(cut)).isInstanceOf(MalformedImportException.class);
  }

  @Test
  void anEmptyZipOrOneWithoutMappingsSaysSo() {
    byte[] empty = zip(Map.of());
    byte[] noMappings = zip(Map.of("__files/a.json", utf8("{}")));

    assertThatThrownBy(() -> wireMock.translate(empty))
        .isInstanceOf(MalformedImportException.class)
        .hasMessageContaining("holds no files");
    Translation translation = wireMock.translate(noMappings);
    assertThat(translation.document().endpoints()).isEmpty();
    assertThat(reasonsAt(translation, "/")).contains("no mapping files");
  }

  @Test
  void headersWithSeveralValuesAndDelaysWithoutEquivalentAreReported() {
    Translation translation =
        translateJson(
            """
            [
              {"request": {"urlPath": "/cookies"},
               "response": {"headers": {"Set-Cookie": ["a=1", "b=2"], "X-One": ["only"]},
                            "delayDistribution": {"type": "lognormal", "median": 50, "sigma": 5,
                                                  "maxValue": 400},
                            "fixedDelayMilliseconds": 10}},
              {"request": {"urlPath": "/odd-delay"},
               "response": {"delayDistribution": {"type": "chunked"}, "fixedDelayMilliseconds": 5}},
              {"request": {"urlPath": "/unknown", "future": true}, "future": 1,
               "response": {"future": true}}
            ]
            """);

    EndpointPart cookies = endpoint(translation, "ANY", "/cookies");
    assertThat(cookies.response().headers())
        .containsEntry("Set-Cookie", "a=1")
        .containsEntry("X-One", "only");
    assertThat(cookies.chaos().delay()).isEqualTo(new DelaySpec.LogNormal(60, 3.0));
    assertThat(reasonsAt(translation, "/0/response/headers/Set-Cookie")).contains("several values");
    assertThat(reasonsAt(translation, "/0/response/headers/X-One")).isEmpty();
    assertThat(reasonsAt(translation, "/0/response/delayDistribution/sigma")).contains("capped");
    assertThat(reasonsAt(translation, "/0/response/delayDistribution/maxValue"))
        .contains("truncated");
    assertThat(reasonsAt(translation, "/0/response/fixedDelayMilliseconds"))
        .contains("approximated");
    assertThat(endpoint(translation, "ANY", "/odd-delay").chaos().delay())
        .isEqualTo(new DelaySpec.Fixed(5));
    assertThat(reasonsAt(translation, "/1/response/delayDistribution"))
        .contains("'chunked' has no equivalent");
    assertThat(reasonsAt(translation, "/2/future")).contains("does not know");
    assertThat(reasonsAt(translation, "/2/request/future")).contains("does not know");
    assertThat(reasonsAt(translation, "/2/response/future")).contains("does not know");
  }

  private void assertMalformed(byte[] upload, String location) {
    assertThatThrownBy(() -> wireMock.translate(upload))
        .isInstanceOfSatisfying(
            MalformedImportException.class,
            e -> assertThat(e.getBody().getProperties()).containsEntry("location", location));
  }

  private Translation translateJson(String json) {
    return wireMock.translate(utf8(json));
  }
}
