package dev.mockapi.manager.transfer.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;

/**
 * Builds OpenAPI 3.0 specs of any size, shaped like a real API (petstore-expanded scaled up): per
 * resource a list, a create, a read, an update and a delete, with schemas using {@code $ref},
 * {@code allOf}, {@code oneOf}, arrays with bounds, enums and formats. For the import tests and the
 * import benchmark ({@code bench/import.sh}: 500 operations, 5 MiB).
 */
public final class OpenApiSpecs {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final int OPERATIONS_PER_RESOURCE = 5;

  private OpenApiSpecs() {}

  /** Writes {@code json(operations, size)} to the file named by the third argument. */
  public static void main(String[] args) throws java.io.IOException {
    java.nio.file.Files.write(
        java.nio.file.Path.of(args[2]), json(Integer.parseInt(args[0]), Integer.parseInt(args[1])));
  }

  /** A JSON spec of {@code operations} operations, padded with descriptions to {@code size}. */
  public static byte[] json(int operations, int size) {
    return write(JSON, operations, size);
  }

  /** The same spec as YAML. */
  public static byte[] yaml(int operations, int size) {
    return write(YAML, operations, size);
  }

  private static byte[] write(ObjectMapper mapper, int operations, int size) {
    try {
      int unpadded = mapper.writeValueAsBytes(spec(operations, 0)).length;
      int padding = Math.max(0, (size - unpadded) / Math.max(operations, 1));
      return mapper.writeValueAsString(spec(operations, padding)).getBytes(StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The spec's tree.
   *
   * @param padding characters of description each operation carries
   */
  public static ObjectNode spec(int operations, int padding) {
    ObjectNode root = NODES.objectNode();
    root.put("openapi", "3.0.3");
    root.putObject("info").put("title", "Generated store").put("version", "1.0.0");
    ObjectNode paths = root.putObject("paths");
    ObjectNode schemas = root.putObject("components").putObject("schemas");
    schemas.set("Entity", entity());
    schemas.set("Money", money());
    schemas.set("Error", error());
    int resources = (operations + OPERATIONS_PER_RESOURCE - 1) / OPERATIONS_PER_RESOURCE;
    int made = 0;
    for (int r = 0; r < resources && made < operations; r++) {
      String name = "Resource" + r;
      schemas.set(name, resource(name));
      String collection = "/resources" + r;
      String item = collection + "/{resource" + r + "Id}";
      ObjectNode collectionPath = paths.putObject(collection);
      ObjectNode itemPath = paths.putObject(item);
      itemPath
          .putArray("parameters")
          .addObject()
          .put("name", "resource" + r + "Id")
          .put("in", "path")
          .put("required", true)
          .putObject("schema")
          .put("type", "string");
      String[][] shapes = {
        {"get", "list"},
        {"post", "create"},
        {"get", "read"},
        {"put", "update"},
        {"delete", "delete"}
      };
      for (String[] shape : shapes) {
        if (made == operations) {
          break;
        }
        ObjectNode path =
            shape[1].equals("list") || shape[1].equals("create") ? collectionPath : itemPath;
        path.set(shape[0], operation(shape[1], name, padding));
        made++;
      }
    }
    return root;
  }

  private static ObjectNode operation(String kind, String resource, int padding) {
    ObjectNode operation = NODES.objectNode();
    operation.put("operationId", kind + resource);
    operation.put("summary", kind + " " + resource);
    operation.put("description", "x".repeat(padding));
    ObjectNode responses = operation.putObject("responses");
    switch (kind) {
      case "list" -> {
        ObjectNode array =
            NODES.objectNode().put("type", "array").put("minItems", 1).put("maxItems", 5);
        array.set("items", ref(resource));
        jsonResponse(responses.putObject("200"), "the page", array);
      }
      case "create" -> {
        operation
            .putObject("requestBody")
            .putObject("content")
            .putObject("application/json")
            .set("schema", ref(resource));
        jsonResponse(responses.putObject("201"), "created", ref(resource));
      }
      case "read", "update" -> jsonResponse(responses.putObject("200"), "the item", ref(resource));
      default -> responses.putObject("204").put("description", "deleted");
    }
    jsonResponse(responses.putObject("404"), "not found", ref("Error"));
    return operation;
  }

  private static void jsonResponse(ObjectNode response, String description, ObjectNode schema) {
    response.put("description", description);
    response.putObject("content").putObject("application/json").set("schema", schema);
  }

  private static ObjectNode resource(String name) {
    ObjectNode own = NODES.objectNode().put("type", "object");
    ObjectNode properties = own.putObject("properties");
    properties.set("name", string(null));
    properties.set("email", string("email"));
    properties.set("firstName", string(null));
    properties.set("phone", string(null));
    properties.set("website", string("uri"));
    properties.set(
        "status",
        NODES
            .objectNode()
            .put("type", "string")
            .set("enum", strings("active", "pending", "closed")));
    properties.set("price", ref("Money"));
    ObjectNode address = properties.putObject("address").put("type", "object");
    ObjectNode addressProperties = address.putObject("properties");
    addressProperties.set("street", string(null));
    addressProperties.set("city", string(null));
    addressProperties.set("zipcode", string(null));
    addressProperties.set("country", string(null));
    ObjectNode tags = properties.putObject("tags").put("type", "array").put("maxItems", 4);
    tags.set("items", string(null));
    ObjectNode owner = properties.putObject("owner");
    ArrayNode oneOf = owner.putArray("oneOf");
    oneOf.addObject().put("type", "object").putObject("properties").set("userId", string("uuid"));
    oneOf.addObject().put("type", "string");
    properties.set("ip", string("ipv4"));
    ObjectNode schema = NODES.objectNode();
    ArrayNode allOf = schema.putArray("allOf");
    allOf.add(ref("Entity"));
    allOf.add(own);
    schema.put("description", name);
    return schema;
  }

  private static ObjectNode entity() {
    ObjectNode entity = NODES.objectNode().put("type", "object");
    ObjectNode properties = entity.putObject("properties");
    properties.set("id", string("uuid"));
    properties.set("createdAt", string("date-time"));
    properties.set("updatedAt", string("date-time"));
    entity.putArray("required").add("id");
    return entity;
  }

  private static ObjectNode money() {
    ObjectNode money = NODES.objectNode().put("type", "object");
    ObjectNode properties = money.putObject("properties");
    properties.putObject("amount").put("type", "number").put("minimum", 0).put("maximum", 500);
    properties.putObject("currency").put("type", "string").put("example", "EUR");
    return money;
  }

  private static ObjectNode error() {
    ObjectNode error = NODES.objectNode().put("type", "object");
    ObjectNode properties = error.putObject("properties");
    properties.putObject("code").put("type", "integer").put("format", "int32");
    properties.set("message", string(null));
    return error;
  }

  private static ObjectNode string(String format) {
    ObjectNode string = NODES.objectNode().put("type", "string");
    return format == null ? string : string.put("format", format);
  }

  private static ArrayNode strings(String... values) {
    ArrayNode array = NODES.arrayNode();
    for (String value : values) {
      array.add(value);
    }
    return array;
  }

  private static ObjectNode ref(String schema) {
    return NODES.objectNode().put("$ref", "#/components/schemas/" + schema);
  }
}
