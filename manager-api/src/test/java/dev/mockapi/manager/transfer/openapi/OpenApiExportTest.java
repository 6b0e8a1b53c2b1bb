package dev.mockapi.manager.transfer.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.manager.transfer.ImportLimits;
import dev.mockapi.manager.transfer.ProjectDocument;
import dev.mockapi.manager.transfer.ProjectDocument.EndpointPart;
import dev.mockapi.manager.transfer.ProjectDocument.ProjectPart;
import dev.mockapi.manager.transfer.Translation;
import dev.mockapi.manager.transfer.Translation.Untranslated;
import dev.mockapi.model.ResponseSpec;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OpenApiExportTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final OpenApiExport export = new OpenApiExport(JSON);

  private static final String SERVER = "http://localhost:8001/mock/shop";
  private static final ProjectDocument PROJECT =
      new ProjectDocument(
          ProjectDocument.CURRENT_VERSION,
          new ProjectPart("Shop", "The shop's API", null),
          List.of(
              endpoint(
                  "GET",
                  "/users/{id}",
                  "Read a user",
                  new ResponseSpec(
                      200,
                      Map.of("Content-Type", "application/json"),
                      """
                      {"id": "{{request.path.id}}", "name": "{{Faker.name()}}",
                       "age": {{Faker.random_int(18, 90)}}}""")),
              endpoint(
                  "POST",
                  "/users",
                  "Create a user",
                  new ResponseSpec(
                      201, headers("Location", "/users/{{Faker.random_int(1, 9)}}"), "[1, 2]")),
              endpoint("DELETE", "/users/{id}", null, new ResponseSpec(204, Map.of(), "")),
              endpoint("ANY", "/health", "Health", new ResponseSpec(200, Map.of(), "ok")),
              endpoint(
                  "GET",
                  "/files/*/versions/**",
                  "Files",
                  new ResponseSpec(200, Map.of("Content-Type", "text/plain"), "{{Faker.word()}}"))),
          List.of());

  @Test
  void writesAnOpenApi31DocumentThatParsesWithoutMessages() {
    SwaggerParseResult parsed = parse(export.export(PROJECT, SERVER, "Shop"));

    assertThat(parsed.getMessages()).isEmpty();
    OpenAPI openApi = parsed.getOpenAPI();
    assertThat(openApi.getOpenapi()).isEqualTo("3.1.0");
    assertThat(openApi.getInfo().getTitle()).isEqualTo("Shop");
    assertThat(openApi.getServers().getFirst().getUrl())
        .isEqualTo("http://localhost:8001/mock/shop");
    assertThat(openApi.getPaths())
        .containsOnlyKeys("/users/{id}", "/users", "/health", "/files/{segment1}/versions/{rest}");
  }

  @Test
  void declaresEveryPathParameter() {
    OpenAPI openApi = parse(export.export(PROJECT, SERVER, "Shop")).getOpenAPI();

    assertThat(openApi.getPaths().get("/files/{segment1}/versions/{rest}").getParameters())
        .extracting(Parameter::getName, Parameter::getIn, Parameter::getRequired)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("segment1", "path", true),
            org.assertj.core.groups.Tuple.tuple("rest", "path", true));
    assertThat(openApi.getPaths().get("/users/{id}").getParameters())
        .extracting(Parameter::getName)
        .containsExactly("id");
  }

  @Test
  void rendersEachExampleFromItsTemplateWithAFixedSeed() {
    String first = export.export(PROJECT, SERVER, "Shop");
    OpenAPI openApi = parse(first).getOpenAPI();

    Operation read = openApi.getPaths().get("/users/{id}").getGet();
    assertThat(read.getSummary()).isEqualTo("Read a user");
    JsonNode example =
        JSON.readTree(
            read.getResponses()
                .get("200")
                .getContent()
                .get("application/json")
                .getExample()
                .toString());
    assertThat(example.get("id").asString()).isEqualTo(OpenApiExport.SAMPLE_PARAM);
    assertThat(example.get("name").asString()).isNotBlank();
    assertThat(example.get("age").asInt()).isBetween(18, 90);
    Operation create = openApi.getPaths().get("/users").getPost();
    assertThat(
            create.getResponses().get("201").getHeaders().get("Location").getExample().toString())
        .matches("/users/[1-9]");
    assertThat(
            openApi
                .getPaths()
                .get("/users/{id}")
                .getDelete()
                .getResponses()
                .get("204")
                .getContent())
        .isNull();
    assertThat(first).isEqualTo(export.export(PROJECT, SERVER, "Shop"));
  }

  @Test
  void answersAnyMethodEndpointUnderEveryMethod() {
    PathItem health =
        parse(export.export(PROJECT, SERVER, "Shop")).getOpenAPI().getPaths().get("/health");

    assertThat(health.readOperationsMap()).hasSize(7);
    assertThat(
            health.getGet().getResponses().get("200").getContent().get("text/plain").getExample())
        .isEqualTo("ok");
  }

  @Test
  void importsBackToTheSameRoutes() {
    byte[] exported = export.export(PROJECT, SERVER, "Shop").getBytes(StandardCharsets.UTF_8);
    ImportLimits limits = new ImportLimits(2000, DataSize.ofMegabytes(50), 50);

    Translation translation = new OpenApiImport(limits).translate(exported);

    assertThat(translation.untranslated())
        .extracting(Untranslated::location)
        .containsExactly("/servers/0/url");
    assertThat(translation.document().endpoints())
        .extracting(e -> e.method() + " " + e.path() + " " + e.response().status())
        .contains(
            "GET /users/{id} 200",
            "DELETE /users/{id} 204",
            "POST /users 201",
            "GET /health 200",
            "PATCH /health 200",
            "GET /files/{segment1}/versions/{rest} 200");
  }

  private static SwaggerParseResult parse(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    return new OpenAPIV3Parser().readContents(document, null, options);
  }

  private static EndpointPart endpoint(
      String method, String path, String description, ResponseSpec response) {
    return new EndpointPart(method, path, description, true, null, response, null, null);
  }

  private static Map<String, String> headers(String name, String value) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(name, value);
    return headers;
  }
}
