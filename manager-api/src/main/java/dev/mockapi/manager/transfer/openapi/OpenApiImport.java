package dev.mockapi.manager.transfer.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapi.manager.transfer.Descriptions;
import dev.mockapi.manager.transfer.DocumentTranslator;
import dev.mockapi.manager.transfer.ImportLimits;
import dev.mockapi.manager.transfer.ProjectDocument;
import dev.mockapi.manager.transfer.ProjectDocument.EndpointPart;
import dev.mockapi.manager.transfer.Translation;
import dev.mockapi.manager.transfer.Translation.Untranslated;
import dev.mockapi.manager.web.MalformedImportException;
import dev.mockapi.model.InvalidPathPatternException;
import dev.mockapi.model.PathPattern;
import io.swagger.parser.Swagger20Parser;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Translates an OpenAPI 3.0 or 3.1 document, or a Swagger 2.0 one (converted by swagger-parser),
 * JSON or YAML: every operation becomes an endpoint answering its first 2xx response. The spec is
 * only deserialized, never resolved: no reference leaves the upload, and each external one is
 * reported.
 */
@Component
public class OpenApiImport implements DocumentTranslator {

  private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}/]*)}");
  private static final Pattern BAD_PARAM_CHARS = Pattern.compile("[^A-Za-z0-9_]");

  private final ImportLimits limits;

  public OpenApiImport(ImportLimits limits) {
    this.limits = limits;
  }

  @Override
  public Translation translate(byte[] input) {
    JsonNode tree = SpecTree.read(input, limits.maxAliases());
    if (!tree.isObject()) {
      throw new MalformedImportException("/", "This is not an OpenAPI document: not an object.");
    }
    Set<Untranslated> untranslated = new LinkedHashSet<>();
    externalRefs(tree, "", untranslated);
    OpenAPI openApi = deserialize(tree, untranslated);
    Refs refs = new Refs(openApi);
    documentLevel(openApi, untranslated);
    List<EndpointPart> endpoints = new ArrayList<>();
    Map<String, String> routes = new HashMap<>();
    if (openApi.getPaths() != null) {
      for (Map.Entry<String, PathItem> entry : openApi.getPaths().entrySet()) {
        String pointer = "/paths/" + Refs.token(entry.getKey());
        PathItem item =
            refs.follow(entry.getValue(), PathItem::get$ref, Components::getPathItems, "pathItems");
        if (item == null) {
          untranslated.add(new Untranslated(pointer, "the path item's reference does not resolve"));
          continue;
        }
        String path = path(entry.getKey(), pointer, untranslated);
        if (path != null) {
          operations(path, item, pointer, refs, routes, endpoints, untranslated);
        }
      }
    }
    ProjectDocument document =
        new ProjectDocument(ProjectDocument.CURRENT_VERSION, null, endpoints, List.of());
    return new Translation(document, List.copyOf(untranslated));
  }

  private static OpenAPI deserialize(JsonNode tree, Set<Untranslated> untranslated) {
    String openapi = tree.path("openapi").asText("");
    boolean swagger2 = tree.path("swagger").asText("").equals("2.0");
    if (!openapi.startsWith("3.0") && !openapi.startsWith("3.1") && !swagger2) {
      throw new MalformedImportException(
          tree.has("openapi") ? "/openapi" : tree.has("swagger") ? "/swagger" : "/",
          "This is not an OpenAPI 3.0, 3.1 or Swagger 2.0 document: it needs 'openapi: 3.x'"
              + " or 'swagger: \"2.0\"' at the top.");
    }
    SwaggerParseResult result;
    try {
      if (swagger2) {
        result = new SwaggerConverter().convert(new Swagger20Parser().readWithInfo(tree));
      } else {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        result = new OpenAPIDeserializer().deserialize(tree, null, options);
      }
    } catch (RuntimeException e) {
      // swagger-parser reports most faults as messages; what it throws on is as unreadable.
      throw new MalformedImportException(
          "/", "The OpenAPI document cannot be read: " + e.getMessage());
    }
    List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
    if (result.getOpenAPI() == null) {
      throw new MalformedImportException(
          "/", "The OpenAPI document cannot be read: " + String.join("; ", messages));
    }
    for (String message : messages) {
      untranslated.add(new Untranslated("/", "swagger-parser: " + message));
    }
    return result.getOpenAPI();
  }

  /** Reports every reference to a URL or a file: none is ever fetched. */
  private static void externalRefs(JsonNode node, String pointer, Set<Untranslated> untranslated) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual() && !Refs.isLocal(ref.asText())) {
        untranslated.add(
            new Untranslated(
                pointer + "/$ref",
                "the external reference "
                    + ref.asText()
                    + " is not followed: an import reads only the uploaded file"));
      }
      node.properties()
          .forEach(
              field ->
                  externalRefs(
                      field.getValue(), pointer + "/" + Refs.token(field.getKey()), untranslated));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        externalRefs(node.get(i), pointer + "/" + i, untranslated);
      }
    }
  }

  private static void documentLevel(OpenAPI openApi, Set<Untranslated> untranslated) {
    if (openApi.getWebhooks() != null && !openApi.getWebhooks().isEmpty()) {
      untranslated.add(
          new Untranslated("/webhooks", "webhooks have no equivalent: a mock never calls out"));
    }
    Components components = openApi.getComponents();
    if (components != null
        && components.getSecuritySchemes() != null
        && !components.getSecuritySchemes().isEmpty()) {
      untranslated.add(
          new Untranslated(
              "/components/securitySchemes",
              "authentication is not imported: the mocks answer without credentials unless the"
                  + " project's settings require an API key"));
    }
    List<Server> servers = openApi.getServers();
    if (servers != null && !servers.isEmpty() && servers.getFirst().getUrl() != null) {
      String basePath = basePath(servers.getFirst().getUrl());
      if (!basePath.isEmpty() && !basePath.equals("/")) {
        untranslated.add(
            new Untranslated(
                "/servers/0/url",
                "the server's base path "
                    + basePath
                    + " is not part of the endpoints' paths: they are served below the project"));
      }
    }
  }

  private static String basePath(String url) {
    try {
      String path = URI.create(url.replace("{", "%7B").replace("}", "%7D")).getPath();
      return path == null ? "" : path;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** The endpoint path of a spec's path, its parameters renamed where a name is not accepted. */
  private static String path(String specPath, String pointer, Set<Untranslated> untranslated) {
    Matcher params = PATH_PARAM.matcher(specPath);
    StringBuilder renamed = new StringBuilder();
    while (params.find()) {
      String name = BAD_PARAM_CHARS.matcher(params.group(1)).replaceAll("_");
      params.appendReplacement(renamed, Matcher.quoteReplacement("{" + name + "}"));
    }
    params.appendTail(renamed);
    try {
      String path = PathPattern.parse(renamed.toString()).source();
      if (!renamed.toString().equals(specPath)) {
        untranslated.add(
            new Untranslated(pointer, "path parameters renamed to be accepted: " + path));
      }
      return path;
    } catch (InvalidPathPatternException e) {
      untranslated.add(
          new Untranslated(pointer, "the path cannot be an endpoint's: " + e.getMessage()));
      return null;
    }
  }

  private static void operations(
      String path,
      PathItem item,
      String pointer,
      Refs refs,
      Map<String, String> routes,
      List<EndpointPart> endpoints,
      Set<Untranslated> untranslated) {
    Set<String> pathParams = new LinkedHashSet<>();
    PATH_PARAM.matcher(path).results().forEach(match -> pathParams.add(match.group(1)));
    String route = PATH_PARAM.matcher(path).replaceAll("{}");
    for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
      String method = entry.getKey().name();
      String operationPointer = pointer + "/" + method.toLowerCase(Locale.ROOT);
      if (entry.getKey() == PathItem.HttpMethod.TRACE) {
        untranslated.add(new Untranslated(operationPointer, "TRACE has no equivalent endpoint"));
        continue;
      }
      String earlier = routes.putIfAbsent(method + " " + route, operationPointer);
      if (earlier != null) {
        untranslated.add(
            new Untranslated(
                operationPointer, "the same route as " + earlier + ": left out, that one is kept"));
        continue;
      }
      Operation operation = entry.getValue();
      notTranslated(operation, item, operationPointer, refs, untranslated);
      OperationResponse response =
          new OperationResponse(refs, pathParams, untranslated, operationPointer);
      endpoints.add(
          new EndpointPart(
              method,
              path,
              description(operation),
              true,
              null,
              response.of(operation),
              null,
              null));
    }
  }

  private static String description(Operation operation) {
    return Descriptions.of(
        firstPresent(
            operation.getSummary(), operation.getOperationId(), operation.getDescription()));
  }

  private static String firstPresent(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  /** Reports what of an operation an endpoint does not hold: callbacks, cookies, forms. */
  private static void notTranslated(
      Operation operation,
      PathItem item,
      String pointer,
      Refs refs,
      Set<Untranslated> untranslated) {
    if (operation.getCallbacks() != null && !operation.getCallbacks().isEmpty()) {
      untranslated.add(
          new Untranslated(
              pointer + "/callbacks", "callbacks have no equivalent: a mock never calls back"));
    }
    cookies(
        item.getParameters(), pointer.substring(0, pointer.lastIndexOf('/')), refs, untranslated);
    cookies(operation.getParameters(), pointer, refs, untranslated);
    RequestBody body =
        refs.follow(
            operation.getRequestBody(),
            RequestBody::get$ref,
            Components::getRequestBodies,
            "requestBodies");
    if (body != null && body.getContent() != null) {
      for (String type : body.getContent().keySet()) {
        if (!type.toLowerCase(Locale.ROOT).contains("json")) {
          untranslated.add(
              new Untranslated(
                  pointer + "/requestBody/content/" + Refs.token(type),
                  type + " request bodies have no equivalent: templates read only JSON bodies"));
        }
      }
    }
  }

  private static void cookies(
      List<Parameter> parameters, String pointer, Refs refs, Set<Untranslated> untranslated) {
    if (parameters == null) {
      return;
    }
    for (int i = 0; i < parameters.size(); i++) {
      Parameter parameter =
          refs.follow(
              parameters.get(i), Parameter::get$ref, Components::getParameters, "parameters");
      if (parameter != null && "cookie".equals(parameter.getIn())) {
        untranslated.add(
            new Untranslated(
                pointer + "/parameters/" + i,
                "the cookie parameter '"
                    + parameter.getName()
                    + "' has no equivalent: endpoints do not match cookies"));
      }
    }
  }
}
