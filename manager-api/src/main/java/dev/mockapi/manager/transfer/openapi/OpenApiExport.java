package dev.mockapi.manager.transfer.openapi;

import dev.mockapi.manager.transfer.ProjectDocument;
import dev.mockapi.manager.transfer.ProjectDocument.EndpointPart;
import dev.mockapi.model.HttpMethods;
import dev.mockapi.model.PathPattern;
import dev.mockapi.model.ResponseSpec;
import dev.mockapi.model.template.RenderBudget;
import dev.mockapi.model.template.RequestData;
import dev.mockapi.model.template.TemplateCompiler;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a project as an OpenAPI 3.1 document: each endpoint an operation, its path parameters
 * declared, its response with an example rendered from its templates with {@link #SEED}, so that
 * two exports of the same project are the same document.
 */
@Component
public class OpenApiExport {

  /** The seed every example is rendered with. */
  static final long SEED = 1L;

  /** The value each path parameter has in the request an example is rendered for. */
  static final String SAMPLE_PARAM = "1";

  private static final List<String> ANY_METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch");

  private final JsonMapper json;

  public OpenApiExport(JsonMapper json) {
    this.json = json;
  }

  /**
   * The document.
   *
   * @param mockBaseUrl where the project's mocks are served, the document's one server
   * @param name the project's name, the document's title
   */
  public String export(ProjectDocument document, String mockBaseUrl, String name) {
    ObjectNode root = json.createObjectNode();
    root.put("openapi", "3.1.0");
    ObjectNode info = root.putObject("info");
    info.put("title", name);
    info.put("version", "1.0.0");
    if (document.project() != null && document.project().description() != null) {
      info.put("description", document.project().description());
    }
    root.putArray("servers").addObject().put("url", mockBaseUrl);
    String locale = locale(document);
    Map<String, ObjectNode> paths = new LinkedHashMap<>();
    for (EndpointPart endpoint : document.endpoints()) {
      OpenApiPath path = OpenApiPath.of(endpoint.path());
      ObjectNode item = paths.computeIfAbsent(path.template(), template -> parameters(path));
      ObjectNode operation = operation(endpoint, path, locale);
      if (HttpMethods.ANY.equals(endpoint.method())) {
        for (String method : ANY_METHODS) {
          if (!item.has(method)) {
            item.set(method, operation.deepCopy());
          }
        }
      } else {
        item.set(endpoint.method().toLowerCase(Locale.ROOT), operation);
      }
    }
    ObjectNode pathsNode = root.putObject("paths");
    paths.forEach(pathsNode::set);
    // An ANY endpoint fills the methods left; operation ids must stay unique.
    Set<String> ids = new HashSet<>();
    pathsNode.properties().forEach(entry -> operationIds(entry.getKey(), entry.getValue(), ids));
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private ObjectNode parameters(OpenApiPath path) {
    ObjectNode item = json.createObjectNode();
    if (path.parameters().isEmpty()) {
      return item;
    }
    ArrayNode parameters = item.putArray("parameters");
    for (Map.Entry<String, String> parameter : path.parameters().entrySet()) {
      ObjectNode node = parameters.addObject();
      node.put("name", parameter.getKey());
      node.put("in", "path");
      node.put("required", true);
      if (parameter.getValue() != null) {
        node.put("description", parameter.getValue());
      }
      node.putObject("schema").put("type", "string");
    }
    return item;
  }

  private ObjectNode operation(EndpointPart endpoint, OpenApiPath path, String locale) {
    ObjectNode operation = json.createObjectNode();
    if (endpoint.description() != null && !endpoint.description().isBlank()) {
      operation.put("summary", endpoint.description());
    }
    ResponseSpec response =
        endpoint.response() == null ? ResponseSpec.empty() : endpoint.response();
    ObjectNode responses = operation.putObject("responses");
    ObjectNode answer = responses.putObject(Integer.toString(response.status()));
    answer.put(
        "description",
        endpoint.description() == null || endpoint.description().isBlank()
            ? "The mock's response"
            : endpoint.description());
    RequestData request =
        new RequestData(
            endpoint.method().equals(HttpMethods.ANY) ? "GET" : endpoint.method(),
            path.sample(SAMPLE_PARAM),
            path.sampleParams(SAMPLE_PARAM),
            Map.of(),
            Map.of(),
            "");
    RenderBudget budget = new RenderBudget();
    String contentType = response.header("Content-Type");
    ObjectNode headers = json.createObjectNode();
    for (Map.Entry<String, String> header : response.headers().entrySet()) {
      if (!header.getKey().equalsIgnoreCase("Content-Type")) {
        ObjectNode node = headers.putObject(header.getKey());
        node.putObject("schema").put("type", "string");
        String value = render(header.getValue(), false, request, locale, budget);
        if (value != null) {
          node.put("example", value);
        }
      }
    }
    if (!headers.isEmpty()) {
      answer.set("headers", headers);
    }
    if (!response.body().isEmpty()) {
      boolean jsonBody = TemplateCompiler.looksLikeJson(contentType, response.body());
      String type =
          contentType != null ? contentType : jsonBody ? "application/json" : "text/plain";
      ObjectNode media = answer.putObject("content").putObject(type);
      String body = render(response.body(), jsonBody, request, locale, budget);
      if (body != null) {
        media.set("example", jsonBody ? parsed(body) : json.getNodeFactory().textNode(body));
      }
    }
    return operation;
  }

  /** The rendered template, or null when it does not render (the example is left out). */
  private static String render(
      String template, boolean jsonBody, RequestData request, String locale, RenderBudget budget) {
    try {
      return TemplateCompiler.compileStored(template, jsonBody)
          .render(request, null, locale, SEED, budget);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private JsonNode parsed(String body) {
    try {
      return json.readTree(body);
    } catch (JacksonException e) {
      return json.getNodeFactory().textNode(body);
    }
  }

  private static void operationIds(String path, JsonNode item, Set<String> ids) {
    for (String method : ANY_METHODS) {
      if (item.get(method) instanceof ObjectNode operation) {
        String id = method + OpenApiPath.identifier(path);
        for (int n = 2; !ids.add(id); n++) {
          id = method + OpenApiPath.identifier(path) + n;
        }
        operation.put("operationId", id);
      }
    }
  }

  private static String locale(ProjectDocument document) {
    if (document.project() != null
        && document.project().settings() != null
        && document.project().settings().fakerLocale() != null) {
      return document.project().settings().fakerLocale();
    }
    return "en";
  }

  /**
   * An endpoint path as an OpenAPI path template: {@code *} and {@code **} become parameters, as
   * OpenAPI has no wildcard.
   *
   * @param template the path with {@code {name}} for every parameter
   * @param parameters each parameter's name and a description (null for a plain parameter)
   */
  record OpenApiPath(String template, Map<String, String> parameters) {

    static OpenApiPath of(String endpointPath) {
      PathPattern pattern = PathPattern.parse(endpointPath);
      StringBuilder template = new StringBuilder();
      Map<String, String> parameters = new LinkedHashMap<>();
      int wildcards = 0;
      for (PathPattern.Segment segment : pattern.segments()) {
        template.append('/');
        switch (segment) {
          case PathPattern.Literal literal -> template.append(literal.value());
          case PathPattern.Param param -> {
            template.append('{').append(param.name()).append('}');
            parameters.put(param.name(), null);
          }
          case PathPattern.AnySegment any -> {
            String name = "segment" + ++wildcards;
            template.append('{').append(name).append('}');
            parameters.put(name, "Any one path segment (* in the mock's path)");
          }
          case PathPattern.Rest rest -> {
            template.append("{rest}");
            parameters.put(
                "rest", "The rest of the path, any number of segments (** in the mock's path)");
          }
        }
      }
      return new OpenApiPath(template.isEmpty() ? "/" : template.toString(), parameters);
    }

    String sample(String value) {
      String sample = template;
      for (String name : parameters.keySet()) {
        sample = sample.replace("{" + name + "}", value);
      }
      return sample;
    }

    Map<String, String> sampleParams(String value) {
      Map<String, String> values = new LinkedHashMap<>();
      parameters.keySet().forEach(name -> values.put(name, value));
      return values;
    }

    static String identifier(String path) {
      StringBuilder id = new StringBuilder();
      for (String word : path.split("[^A-Za-z0-9]+")) {
        if (!word.isEmpty()) {
          id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
      }
      return id.isEmpty() ? "Root" : id.toString();
    }
  }
}
