package dev.mockapi.manager.transfer.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockapi.manager.transfer.ImportLimits;
import dev.mockapi.manager.transfer.ProjectDocument.EndpointPart;
import dev.mockapi.manager.transfer.Translation;
import dev.mockapi.manager.transfer.Translation.Untranslated;
import dev.mockapi.manager.web.MalformedImportException;
import dev.mockapi.model.template.RequestData;
import dev.mockapi.model.template.TemplateCompiler;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OpenApiImportTest {

  private static final ImportLimits LIMITS = new ImportLimits(2000, DataSize.ofMegabytes(50), 50);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final OpenApiImport openApiImport = new OpenApiImport(LIMITS);

  private static final String RULES =
      """
      openapi: 3.0.3
      info: {title: Rules, version: '1'}
      servers:
        - url: https://api.example.com/v1
      paths:
        /users:
          get:
            summary: List users
            responses:
              '200':
                description: users
                content:
                  application/json:
                    schema:
                      type: array
                      minItems: 2
                      maxItems: 4
                      items: {$ref: '#/components/schemas/User'}
          post:
            operationId: createUser
            requestBody:
              content:
                multipart/form-data:
                  schema: {type: object}
            callbacks:
              onCreated:
                '{$request.body#/url}':
                  post:
                    responses: {'200': {description: ok}}
            responses:
              '400': {description: bad}
              '201':
                description: created
                headers:
                  X-Rate-Limit:
                    schema: {type: integer, minimum: 10, maximum: 20}
                  Location:
                    example: /users/7
                content:
                  application/json:
                    example: {id: 7, name: "{{not a placeholder}}"}
        /users/{userId}:
          get:
            parameters:
              - {name: session, in: cookie, schema: {type: string}}
            responses:
              '200':
                description: one
                content:
                  application/json:
                    examples:
                      first: {$ref: '#/components/examples/Ann'}
                      second: {value: {name: Bob}}
                  application/xml:
                    example: <user/>
          delete:
            responses:
              '204': {description: gone}
        /shapes/{shape-id}:
          get:
            responses:
              '404':
                description: only an error
                content:
                  application/json:
                    schema:
                      oneOf:
                        - {type: object, properties: {radius: {type: number}}}
                        - {type: string}
        /trees:
          get:
            responses:
              '200':
                description: a recursive tree
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Node'}
        /report:
          get:
            responses:
              '200':
                description: csv
                content:
                  text/csv:
                    schema: {type: object}
      components:
        securitySchemes:
          key: {type: apiKey, in: header, name: X-Key}
        examples:
          Ann: {value: {name: Ann}}
        schemas:
          Base:
            type: object
            properties:
              id: {type: string, format: uuid}
              createdAt: {type: string, format: date-time}
          User:
            allOf:
              - $ref: '#/components/schemas/Base'
              - type: object
                properties:
                  userId: {type: string}
                  firstName: {type: string}
                  email: {type: string}
                  website: {type: string, format: uri}
                  age: {type: integer, minimum: 18, maximum: 30}
                  price: {type: number}
                  active: {type: boolean}
                  role: {type: string, enum: [admin, "o'brien"]}
                  level: {type: integer, enum: [3, 4]}
                  currency: {type: string, example: EUR}
                  password: {type: string, writeOnly: true}
                  tags: {type: array, items: {type: string}}
                  address:
                    type: object
                    properties:
                      city: {type: string}
                      zipcode: {type: string}
          Node:
            type: object
            properties:
              label: {type: string}
              children:
                type: array
                items: {$ref: '#/components/schemas/Node'}
      """;

  private static final String SWAGGER2 =
      """
      swagger: '2.0'
      info: {title: pets, version: '1'}
      basePath: /api
      paths:
        /pets/{petId}:
          get:
            summary: Find a pet
            produces: [application/json]
            parameters:
              - {name: petId, in: path, required: true, type: string}
            responses:
              '200':
                description: the pet
                schema: {$ref: '#/definitions/Pet'}
      definitions:
        Pet:
          type: object
          properties:
            name: {type: string}
            tag: {type: string, enum: [cat, dog]}
      """;

  @Test
  void translatesEveryOperationOfARealWorldSizedSpec() {
    byte[] spec = OpenApiSpecs.json(500, 5 * 1024 * 1024);
    assertThat(spec.length).isGreaterThanOrEqualTo(5 * 1024 * 1024 - 64 * 1024);

    Translation translation = openApiImport.translate(spec);

    assertThat(translation.document().endpoints()).hasSize(500);
    assertThat(translation.untranslated()).isEmpty();
    for (EndpointPart endpoint : translation.document().endpoints()) {
      String body = endpoint.response().body();
      if (endpoint.method().equals("DELETE")) {
        assertThat(endpoint.response().status()).isEqualTo(204);
        assertThat(body).isEmpty();
        continue;
      }
      JsonNode rendered = render(endpoint, 42L);
      JsonNode item = rendered.isArray() ? rendered.get(0) : rendered;
      assertThat(item.get("email").asString()).as(endpoint.path()).contains("@");
      assertThat(item.get("id").asString()).hasSize(36);
      assertThat(item.get("status").asString()).isIn("active", "pending", "closed");
      assertThat(item.get("price").get("currency").asString()).isEqualTo("EUR");
    }
  }

  @Test
  void aYamlSpecTranslatesAsItsJson() {
    Translation fromYaml = openApiImport.translate(OpenApiSpecs.yaml(20, 0));
    Translation fromJson = openApiImport.translate(OpenApiSpecs.json(20, 0));

    assertThat(fromYaml.document()).isEqualTo(fromJson.document());
  }

  @Test
  void keepsPathsMethodsAndDescriptions() {
    List<EndpointPart> endpoints = rules().document().endpoints();

    assertThat(endpoints)
        .extracting(e -> e.method() + " " + e.path() + " " + e.description())
        .containsExactly(
            "GET /users List users",
            "POST /users createUser",
            "GET /users/{userId} null",
            "DELETE /users/{userId} null",
            "GET /shapes/{shape_id} null",
            "GET /trees null",
            "GET /report null");
  }

  @Test
  void answersTheFirst2xxResponseWithItsExampleAndHeaders() {
    EndpointPart create = endpoint("POST", "/users");

    assertThat(create.response().status()).isEqualTo(201);
    assertThat(create.response().header("Content-Type")).isEqualTo("application/json");
    assertThat(create.response().header("Location")).isEqualTo("/users/7");
    assertThat(create.response().header("X-Rate-Limit")).isEqualTo("{{Faker.random_int(10, 20)}}");
    JsonNode body = render(create, 1L);
    assertThat(body.get("id").asInt()).isEqualTo(7);
    assertThat(body.get("name").asString()).isEqualTo("{{not a placeholder}}");
  }

  @Test
  void takesTheFirstOfTheExamplesFollowingItsReference() {
    EndpointPart read = endpoint("GET", "/users/{userId}");

    assertThat(read.response().header("Content-Type")).isEqualTo("application/json");
    assertThat(render(read, 1L).get("name").asString()).isEqualTo("Ann");
  }

  @Test
  void generatesABodyFromTheSchema() {
    EndpointPart list = endpoint("GET", "/users");
    String template = list.response().body();

    assertThat(template)
        .contains("{{#repeat 2 4}}")
        .contains("\"email\": \"{{Faker.email()}}\"")
        .contains("\"firstName\": \"{{Faker.first_name()}}\"")
        .contains("\"id\": \"{{Faker.uuid4()}}\"")
        .contains("\"createdAt\": \"{{Faker.iso8601()}}\"")
        .contains("\"website\": \"{{Faker.url()}}\"")
        .contains("\"age\": {{Faker.random_int(18, 30)}}")
        .contains("\"price\": {{Faker.pyfloat(1.0, 1000.0, 2)}}")
        .contains("\"active\": {{Faker.pybool()}}")
        .contains("\"city\": \"{{Faker.city()}}\"")
        .contains("\"level\": 3")
        .doesNotContain("password");
    JsonNode users = render(list, 7L);
    assertThat(users.size()).isBetween(2, 4);
    JsonNode user = users.get(0);
    assertThat(user.get("email").asString()).contains("@");
    assertThat(user.get("age").asInt()).isBetween(18, 30);
    assertThat(user.get("role").asString()).isIn("admin", "o'brien");
    assertThat(user.get("currency").asString()).isEqualTo("EUR");
    assertThat(user.get("tags").isArray()).isTrue();
    assertThat(user.get("address").get("zipcode").isString()).isTrue();
  }

  @Test
  void rendersTheSameBodyForTheSameSeed() {
    EndpointPart list = endpoint("GET", "/users");

    assertThat(render(list, 5L)).isEqualTo(render(list, 5L));
  }

  @Test
  void echoesAPathParameterInTheTopLevelPropertyOfItsName() {
    Translation translation =
        translate(
            """
            openapi: 3.1.0
            info: {title: t, version: '1'}
            paths:
              /orders/{orderId}:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              orderId: {type: [string, 'null']}
                              note: {type: string}
            """);
    EndpointPart order = translation.document().endpoints().getFirst();

    JsonNode body =
        JSON.readTree(
            TemplateCompiler.compile(order.response().body(), true)
                .render(
                    new RequestData(
                        "GET", "/orders/A-17", Map.of("orderId", "A-17"), null, null, null),
                    "en",
                    1L));
    assertThat(body.get("orderId").asString()).isEqualTo("A-17");
    assertThat(body.get("note").isString()).isTrue();
  }

  @Test
  void cutsARecursiveSchemaAndReportsIt() {
    EndpointPart trees = endpoint("GET", "/trees");

    JsonNode tree = render(trees, 1L);
    assertThat(tree.get("label").isString()).isTrue();
    assertThat(tree.get("children").isEmpty()).isTrue();
    assertThat(rules().untranslated())
        .contains(
            new Untranslated(
                "/components/schemas/Node",
                "the schema refers to itself: cut where it recurs, generated as an empty array"));
  }

  @Test
  void reportsWhatItCannotTranslateWithItsPointer() {
    List<Untranslated> untranslated = rules().untranslated();

    assertThat(untranslated)
        .extracting(Untranslated::location)
        .contains(
            "/paths/~1users/post/callbacks",
            "/paths/~1users/post/requestBody/content/multipart~1form-data",
            "/paths/~1users~1{userId}/get/parameters/0",
            "/paths/~1shapes~1{shape-id}",
            "/paths/~1shapes~1{shape-id}/get/responses",
            "/paths/~1report/get/responses/200/content/text~1csv",
            "/components/securitySchemes",
            "/servers/0/url");
    assertThat(endpoint("GET", "/shapes/{shape_id}").response().status()).isEqualTo(404);
    assertThat(endpoint("GET", "/shapes/{shape_id}").response().body()).contains("radius");
    assertThat(endpoint("GET", "/report").response().body()).isEmpty();
  }

  @Test
  void readsRangesAndDefaultAsStatuses() {
    Translation translation =
        translate(
            """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /range: {get: {responses: {'2XX': {description: ok}}}}
              /errors: {get: {responses: {'4XX': {description: no}, default: {description: d}}}}
              /fallback: {get: {responses: {default: {description: d}}}}
            """);

    assertThat(translation.document().endpoints())
        .extracting(e -> e.path() + " " + e.response().status())
        .containsExactly("/range 200", "/errors 400", "/fallback 200");
    assertThat(translation.untranslated())
        .extracting(Untranslated::location)
        .containsExactly("/paths/~1errors/get/responses", "/paths/~1fallback/get/responses");
  }

  @Test
  void answersAnEmptyBodyForANoContentResponse() {
    EndpointPart delete = endpoint("DELETE", "/users/{userId}");

    assertThat(delete.response().status()).isEqualTo(204);
    assertThat(delete.response().body()).isEmpty();
    assertThat(delete.response().headers()).isEmpty();
  }

  @Test
  void convertsASwagger2Spec() {
    Translation translation = translate(SWAGGER2);

    EndpointPart pet = translation.document().endpoints().getFirst();
    assertThat(pet.method() + " " + pet.path() + " " + pet.description())
        .isEqualTo("GET /pets/{petId} Find a pet");
    assertThat(pet.response().body()).contains("\"name\": \"{{Faker.name()}}\"");
    assertThat(render(pet, 1L).get("tag").asString()).isIn("cat", "dog");
  }

  @Test
  void acceptsAnchorsAndMergeKeysCountingEachAliasOnce() {
    StringBuilder properties = new StringBuilder();
    for (int i = 0; i < 80; i++) {
      properties
          .append(" ".repeat(18) + "p")
          .append(i)
          .append(": {type: integer, minimum: 1, maximum: 1}\n");
    }
    String spec =
        """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        x-defaults: &ok
          description: ok
        paths:
          /a:
            get:
              responses:
                '200':
                  <<: *ok
                  content:
                    application/json:
                      schema: &big
                        type: object
                        properties:
        %s
          /b:
            get:
              responses:
                '200':
                  <<: *ok
                  content:
                    application/json:
                      schema: *big
        """
            .formatted(properties);

    Translation translation = translate(spec);

    assertThat(translation.untranslated()).isEmpty();
    assertThat(translation.document().endpoints())
        .allSatisfy(e -> assertThat(render(e, 1L).get("p79").asInt()).isEqualTo(1));
  }

  @Test
  void writesExamplesOfDatesAsTheSpecGivesThem() {
    Translation translation =
        translate(
            """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /event:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              at: {type: string, format: date-time, example: 2024-01-02T03:04:05Z}
                              day: {type: string, format: date, example: 2000-01-31}
                              kind: {type: string, enum: [only]}
            """);

    JsonNode body = render(translation.document().endpoints().getFirst(), 1L);
    assertThat(body.get("at").asString()).startsWith("2024-01-02T03:04:05");
    assertThat(body.get("day").asString()).isEqualTo("2000-01-31");
    assertThat(body.get("kind").asString()).isEqualTo("only");
  }

  @Test
  void usesTheConstAndExamplesOfAn31Schema() {
    Translation translation =
        translate(
            """
            openapi: 3.1.0
            info: {title: t, version: '1'}
            paths:
              /v:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              version: {const: 2}
                              color: {type: string, examples: [teal, red]}
            """);

    JsonNode body = render(translation.document().endpoints().getFirst(), 1L);
    assertThat(body.get("version").asInt()).isEqualTo(2);
    assertThat(body.get("color").asString()).isEqualTo("teal");
  }

  @Test
  void givesArraysOneItemWhenTheSchemaWouldPassTheRenderLimits() {
    Translation translation =
        translate(
            """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /grid:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: array
                            minItems: 200
                            items:
                              type: array
                              minItems: 200
                              items: {type: string, format: email}
            """);

    EndpointPart grid = translation.document().endpoints().getFirst();
    JsonNode body = render(grid, 1L);
    assertThat(body.size()).isEqualTo(1);
    assertThat(body.get(0).get(0).asString()).contains("@");
    assertThat(translation.untranslated())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.location())
                  .isEqualTo("/paths/~1grid/get/responses/200/content/application~1json/schema");
              assertThat(u.reason()).endsWith("every array has one item");
            });
  }

  @Test
  void refusesYamlThatDoesNotParseWithItsLineAndColumn() {
    assertMalformed("openapi: 3.0.3\ninfo:\n  title: [unclosed\npaths: {}\n", "line 4, column 6");
  }

  @Test
  void refusesJsonThatDoesNotParseWithItsLineAndColumn() {
    assertMalformed("{\n  \"openapi\": \"3.0.3\",\n  \"info\": }\n", "line 3, column 11");
  }

  @Test
  void refusesADocumentThatIsNotOpenApi() {
    assertMalformed("name: my project\nendpoints: []\n", "/");
    assertMalformed("openapi: 2.5\n", "/openapi");
    assertMalformed("- a list\n", "/");
  }

  @Test
  void refusesAYamlAliasBombBeforeExpandingIt() {
    StringBuilder bomb = new StringBuilder("openapi: 3.0.3\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for (int level = 1; level <= 9; level++) {
      String previous = "*a" + (level - 1);
      bomb.append("a").append(level).append(": &a").append(level).append(" [");
      bomb.append(String.join(", ", java.util.Collections.nCopies(5, previous))).append("]\n");
    }

    assertThatThrownBy(() -> translate(bomb.toString()))
        .isInstanceOf(MalformedImportException.class)
        .hasMessageContaining("aliases");
  }

  @Test
  void refusesASmallAliasBombWithinTheAliasLimit() {
    StringBuilder bomb = new StringBuilder("openapi: 3.0.3\na0: &a0 [" + "x, ".repeat(40) + "x]\n");
    for (int level = 1; level <= 24; level++) {
      bomb.append("a").append(level).append(": &a").append(level).append(" [*a");
      bomb.append(level - 1).append(", *a").append(level - 1).append("]\n");
    }

    assertThatThrownBy(() -> translate(bomb.toString()))
        .isInstanceOf(MalformedImportException.class)
        .hasMessageContaining("expands");
  }

  @Test
  void refusesADocumentNestedTooDeeply() {
    String deepJson = "{\"openapi\": \"3.0.3\", \"x\": " + "[".repeat(300) + "]".repeat(300) + "}";
    String deepYaml = "openapi: 3.0.3\nx: " + "[".repeat(300) + "]".repeat(300) + "\n";

    for (String document : List.of(deepJson, deepYaml)) {
      assertThatThrownBy(() -> translate(document))
          .isInstanceOf(MalformedImportException.class)
          .hasMessageContaining("200");
    }
  }

  @Test
  void refusesYamlTagsThatWouldBuildObjects() {
    assertMalformed(
        "openapi: 3.0.3\nx: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n",
        "line 2, column 4");
  }

  @Test
  void refusesADuplicateKey() {
    assertMalformed("openapi: 3.0.3\ninfo: {}\ninfo: {}\n", "line 3, column 1");
  }

  @Test
  void neverFollowsAnExternalReference() throws Exception {
    try (ServerSocket server = new ServerSocket(0)) {
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/x.json";
      Translation translation =
          translate(
              """
              openapi: 3.1.0
              info: {title: t, version: '1'}
              paths:
                /remote:
                  get:
                    responses:
                      '200':
                        description: ok
                        content:
                          application/json:
                            schema: {$ref: '%s#/User'}
                /remoteItem: {$ref: '%s'}
              """
                  .formatted(url, url));
      Translation swagger2 =
          translate(
              """
              swagger: '2.0'
              info: {title: t, version: '1'}
              paths:
                /remote:
                  get:
                    responses:
                      '200': {description: ok, schema: {$ref: '%s'}}
              """
                  .formatted(url));

      server.setSoTimeout(300);
      assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
      assertThat(translation.untranslated())
          .extracting(Untranslated::location)
          .contains(
              "/paths/~1remote/get/responses/200/content/application~1json/schema/$ref",
              "/paths/~1remoteItem/$ref");
      assertThat(translation.document().endpoints())
          .singleElement()
          .satisfies(e -> assertThat(e.response().body()).isEqualTo("null"));
      assertThat(swagger2.untranslated())
          .extracting(Untranslated::location)
          .contains("/paths/~1remote/get/responses/200/schema/$ref");
    }
  }

  @Test
  void answersAnyDamagedSpecWithATranslationOrAMalformedImport() {
    for (String spec : List.of(RULES, SWAGGER2)) {
      damage(SpecTree.read(spec.getBytes(StandardCharsets.UTF_8), 50));
    }
  }

  private void damage(com.fasterxml.jackson.databind.JsonNode rules) {
    List<String> pointers = new java.util.ArrayList<>();
    pointers(rules, "", pointers);
    var replacements =
        List.of(
            com.fasterxml.jackson.databind.node.NullNode.getInstance(),
            com.fasterxml.jackson.databind.node.TextNode.valueOf("x"));

    for (String pointer : pointers) {
      for (var replacement : replacements) {
        var damaged = rules.deepCopy();
        var at = com.fasterxml.jackson.core.JsonPointer.compile(pointer);
        var parent = damaged.at(at.head());
        if (parent instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
          object.set(at.last().getMatchingProperty(), replacement);
        } else if (parent instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
          array.set(at.last().getMatchingIndex(), replacement);
        }
        byte[] document = damaged.toString().getBytes(StandardCharsets.UTF_8);
        try {
          openApiImport.translate(document);
        } catch (MalformedImportException expected) {
          // a clear 400 is a right answer too
        } catch (RuntimeException e) {
          throw new AssertionError(pointer + " = " + replacement + ": " + e, e);
        }
      }
    }
    assertThat(pointers).hasSizeGreaterThan(20);
  }

  private static void pointers(
      com.fasterxml.jackson.databind.JsonNode node, String pointer, List<String> into) {
    if (!pointer.isEmpty()) {
      into.add(pointer);
    }
    if (node.isObject()) {
      node.properties()
          .forEach(
              field ->
                  pointers(field.getValue(), pointer + "/" + Refs.token(field.getKey()), into));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        pointers(node.get(i), pointer + "/" + i, into);
      }
    }
  }

  private void assertMalformed(String document, String location) {
    assertThatThrownBy(() -> translate(document))
        .isInstanceOfSatisfying(
            MalformedImportException.class,
            e ->
                assertThat(e.getBody().getProperties())
                    .as(e.getBody().getDetail())
                    .containsEntry("location", location));
  }

  private Translation rules() {
    return translate(RULES);
  }

  private EndpointPart endpoint(String method, String path) {
    return rules().document().endpoints().stream()
        .filter(e -> e.method().equals(method) && e.path().equals(path))
        .findFirst()
        .orElseThrow();
  }

  private Translation translate(String spec) {
    return openApiImport.translate(spec.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode render(EndpointPart endpoint, long seed) {
    String output =
        TemplateCompiler.compile(endpoint.response().body(), true)
            .render(RequestData.empty(), "en", seed);
    return JSON.readTree(output);
  }
}
