package dev.mockapi.manager.transfer.openapi;

import dev.mockapi.model.template.TemplateLimits;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Generates a response template from a schema: examples as they are, else Faker calls chosen by
 * format and property name, {@code {{#repeat}}} for arrays, {@code allOf} merged, the first of
 * {@code oneOf} and {@code anyOf}. References are followed within the spec; a schema that refers to
 * itself is cut where it recurs, and nesting past {@link #MAX_DEPTH}, both reported.
 */
final class SchemaTemplates {

  /** Deepest nesting of objects and arrays generated; below the template's block nesting. */
  static final int MAX_DEPTH = 8;

  private static final int DEFAULT_MAX_ITEMS = 3;
  private static final int MAX_GENERATED_ITEMS = 10;

  private final Refs refs;
  private final BiConsumer<String, String> report;
  private final Set<String> pathParams;
  private final boolean lean;
  private final Deque<String> refStack = new ArrayDeque<>();

  /**
   * @param report receives a location and a reason for each part it cannot generate
   * @param pathParams the operation's path parameters: a top-level string property of the same name
   *     echoes the request's value
   * @param lean whether every array has one item, whatever its minItems, for a schema whose usual
   *     template passes the render limits
   */
  SchemaTemplates(
      Refs refs, BiConsumer<String, String> report, Set<String> pathParams, boolean lean) {
    this.refs = refs;
    this.report = report;
    this.pathParams = pathParams;
    this.lean = lean;
  }

  /** A JSON body template. */
  String json(Schema<?> schema, String pointer) {
    StringBuilder out = new StringBuilder();
    value(schema, null, 0, pointer, out);
    return out.toString();
  }

  /** A template for a header value or a plain-text body. */
  String text(Schema<?> schema, String name, String pointer) {
    Schema<?> resolved = resolve(schema, pointer);
    if (resolved == null) {
      return "";
    }
    Object literal = literal(resolved);
    if (literal != null) {
      return Literals.text(literal);
    }
    String type = type(resolved);
    if (type == null || type.equals("object") || type.equals("array")) {
      return "";
    }
    String scalar = scalar(resolved, name, type, false);
    return scalar.startsWith("\"") && scalar.endsWith("\"")
        ? scalar.substring(1, scalar.length() - 1)
        : scalar;
  }

  private void value(Schema<?> schema, String name, int depth, String pointer, StringBuilder out) {
    if (schema == null) {
      out.append("null");
      return;
    }
    String ref = schema.get$ref();
    if (ref != null) {
      reference(ref, name, depth, pointer, out);
      return;
    }
    if (depth > MAX_DEPTH) {
      report.accept(
          pointer, "nested deeper than " + MAX_DEPTH + " levels: generated as " + empty(schema));
      out.append(empty(schema));
      return;
    }
    Object literal = literal(schema);
    if (literal != null) {
      out.append(indentLines(Literals.json(literal, "date".equals(schema.getFormat())), depth));
      return;
    }
    if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
      allOf(schema, name, depth, pointer, out);
      return;
    }
    List<Schema> choices = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
    if (choices != null && !choices.isEmpty()) {
      String which = schema.getOneOf() != null ? "/oneOf/0" : "/anyOf/0";
      value(choices.getFirst(), name, depth, pointer + which, out);
      return;
    }
    String type = type(schema);
    if (type == null) {
      type = schema.getProperties() != null ? "object" : schema.getItems() != null ? "array" : null;
    }
    switch (type == null ? "null" : type) {
      case "object" -> object(schema.getProperties(), schema, depth, pointer, out);
      case "array" -> array(schema, name, depth, pointer, out);
      case "string", "integer", "number", "boolean" ->
          out.append(scalar(schema, name, type, depth == 1));
      default -> out.append("null");
    }
  }

  private void reference(String ref, String name, int depth, String pointer, StringBuilder out) {
    if (!Refs.isLocal(ref)) {
      out.append("null");
      return;
    }
    String component = Refs.componentName(ref, "schemas");
    Map<String, Schema> schemas = refs.components().getSchemas();
    Schema<?> target = component == null || schemas == null ? null : schemas.get(component);
    if (target == null) {
      report.accept(pointer, "the reference " + ref + " does not resolve: generated as null");
      out.append("null");
      return;
    }
    if (refStack.contains(component)) {
      reportRecursion(component, empty(target));
      out.append(empty(target));
      return;
    }
    refStack.push(component);
    value(target, name, depth, "/components/schemas/" + Refs.token(component), out);
    refStack.pop();
  }

  private void reportRecursion(String component, String generated) {
    report.accept(
        "/components/schemas/" + Refs.token(component),
        "the schema refers to itself: cut where it recurs, generated as " + generated);
  }

  private void allOf(Schema<?> schema, String name, int depth, String pointer, StringBuilder out) {
    Map<String, Schema> properties = new LinkedHashMap<>();
    Deque<String> seen = new ArrayDeque<>();
    boolean objects = collect(schema, properties, seen, 0);
    if (objects) {
      object(properties, schema, depth, pointer, out);
    } else {
      value(schema.getAllOf().getFirst(), name, depth, pointer + "/allOf/0", out);
    }
  }

  /** Gathers the properties of a schema and of every part of its {@code allOf}. */
  private boolean collect(
      Schema<?> schema, Map<String, Schema> into, Deque<String> seen, int depth) {
    if (schema == null || depth > MAX_DEPTH) {
      return false;
    }
    if (schema.get$ref() != null) {
      String component = Refs.componentName(schema.get$ref(), "schemas");
      Map<String, Schema> schemas = refs.components().getSchemas();
      if (component == null || schemas == null || seen.contains(component)) {
        return false;
      }
      seen.push(component);
      boolean found = collect(schemas.get(component), into, seen, depth + 1);
      seen.pop();
      return found;
    }
    boolean found = false;
    if (schema.getProperties() != null) {
      into.putAll(schema.getProperties());
      found = true;
    }
    if (schema.getAllOf() != null) {
      for (Schema<?> part : schema.getAllOf()) {
        found |= collect(part, into, seen, depth + 1);
      }
    }
    return found || "object".equals(type(schema));
  }

  private void object(
      Map<String, Schema> properties,
      Schema<?> schema,
      int depth,
      String pointer,
      StringBuilder out) {
    String inner = "  ".repeat(depth + 1);
    if (properties == null || properties.isEmpty()) {
      if (schema.getAdditionalProperties() instanceof Schema<?> values) {
        out.append("{\n").append(inner).append("\"{{Faker.word()}}\": ");
        value(values, null, depth + 1, pointer + "/additionalProperties", out);
        out.append('\n').append("  ".repeat(depth)).append('}');
      } else {
        out.append("{}");
      }
      return;
    }
    out.append("{");
    boolean first = true;
    for (Map.Entry<String, Schema> property : properties.entrySet()) {
      Schema<?> propertySchema = property.getValue();
      if (propertySchema != null && Boolean.TRUE.equals(propertySchema.getWriteOnly())) {
        continue;
      }
      out.append(first ? "\n" : ",\n").append(inner);
      out.append(Literals.quoted(property.getKey())).append(": ");
      value(
          propertySchema,
          property.getKey(),
          depth + 1,
          pointer + "/properties/" + Refs.token(property.getKey()),
          out);
      first = false;
    }
    out.append(first ? "}" : "\n" + "  ".repeat(depth) + "}");
  }

  private void array(Schema<?> schema, String name, int depth, String pointer, StringBuilder out) {
    Schema<?> items = schema.getItems();
    if (items == null) {
      out.append("[]");
      return;
    }
    String itemComponent = Refs.componentName(items.get$ref(), "schemas");
    if (itemComponent != null && refStack.contains(itemComponent)) {
      reportRecursion(itemComponent, "an empty array");
      out.append("[]");
      return;
    }
    int low = schema.getMinItems() == null ? 1 : schema.getMinItems();
    if (low > TemplateLimits.MAX_REPEAT) {
      report.accept(
          pointer + "/minItems",
          "minItems " + low + " is above the largest repeat: repeats " + TemplateLimits.MAX_REPEAT);
      low = TemplateLimits.MAX_REPEAT;
    }
    int high =
        schema.getMaxItems() == null ? Math.max(low, DEFAULT_MAX_ITEMS) : schema.getMaxItems();
    high = Math.min(Math.max(high, low), Math.max(low, MAX_GENERATED_ITEMS));
    if (lean) {
      low = 1;
      high = 1;
    }
    String inner = "  ".repeat(depth + 1);
    StringBuilder item = new StringBuilder();
    value(items, singular(name), depth + 1, pointer + "/items", item);
    out.append("[\n").append(inner);
    if (low == 1 && high == 1) {
      out.append(item);
    } else {
      out.append("{{#repeat ").append(low);
      if (high != low) {
        out.append(' ').append(high);
      }
      out.append("}}").append(item).append("{{/repeat}}");
    }
    out.append('\n').append("  ".repeat(depth)).append(']');
  }

  private String scalar(Schema<?> schema, String name, String type, boolean topLevel) {
    List<?> values = schema.getEnum();
    if (values != null && !values.isEmpty()) {
      return enumeration(values, type);
    }
    return switch (type) {
      case "string" ->
          topLevel && name != null && pathParams.contains(name)
              ? "\"{{request.path." + name + "}}\""
              : "\"{{" + FakerChoice.string(name, schema.getFormat()) + "}}\"";
      case "integer" ->
          "{{"
              + FakerChoice.integer(name, lowerBound(schema, true), upperBound(schema, true))
              + "}}";
      case "number" ->
          "{{"
              + FakerChoice.number(name, lowerBound(schema, false), upperBound(schema, false))
              + "}}";
      default -> "{{Faker.pybool()}}";
    };
  }

  /** A string enum draws one of its values; any other picks the first. */
  private static String enumeration(List<?> values, String type) {
    boolean drawable = type.equals("string") && values.size() > 1;
    for (Object value : values) {
      drawable &= value instanceof String text && !text.contains("}}") && !text.contains("{{");
    }
    if (!drawable) {
      return Literals.json(values.getFirst(), false);
    }
    StringBuilder call = new StringBuilder("\"{{Faker.random_element(");
    for (int i = 0; i < values.size(); i++) {
      String text = ((String) values.get(i)).replace("\\", "\\\\").replace("'", "\\'");
      call.append(i == 0 ? "'" : ", '").append(text).append('\'');
    }
    return call.append(")}}\"").toString();
  }

  private static BigDecimal lowerBound(Schema<?> schema, boolean whole) {
    if (schema.getExclusiveMinimumValue() != null) {
      return schema.getExclusiveMinimumValue().add(whole ? BigDecimal.ONE : BigDecimal.ZERO);
    }
    BigDecimal minimum = schema.getMinimum();
    return minimum != null && whole && Boolean.TRUE.equals(schema.getExclusiveMinimum())
        ? minimum.add(BigDecimal.ONE)
        : minimum;
  }

  private static BigDecimal upperBound(Schema<?> schema, boolean whole) {
    if (schema.getExclusiveMaximumValue() != null) {
      return schema.getExclusiveMaximumValue().subtract(whole ? BigDecimal.ONE : BigDecimal.ZERO);
    }
    BigDecimal maximum = schema.getMaximum();
    return maximum != null && whole && Boolean.TRUE.equals(schema.getExclusiveMaximum())
        ? maximum.subtract(BigDecimal.ONE)
        : maximum;
  }

  private Schema<?> resolve(Schema<?> schema, String pointer) {
    Schema<?> resolved = refs.follow(schema, Schema::get$ref, c -> c.getSchemas(), "schemas");
    if (resolved == null && schema != null && Refs.isLocal(schema.get$ref())) {
      report.accept(pointer, "the reference " + schema.get$ref() + " does not resolve");
    }
    return resolved;
  }

  /** The schema's own example, const or first of its examples, else null. */
  private static Object literal(Schema<?> schema) {
    if (schema.getExample() != null) {
      return schema.getExample();
    }
    if (schema.getConst() != null) {
      return schema.getConst();
    }
    List<?> examples = schema.getExamples();
    return examples == null || examples.isEmpty() ? null : examples.getFirst();
  }

  /** The schema's type: OpenAPI 3.0's {@code type}, or the first of 3.1's that is not null. */
  static String type(Schema<?> schema) {
    if (schema.getType() != null) {
      return schema.getType();
    }
    if (schema.getTypes() != null) {
      for (String type : schema.getTypes()) {
        if (!type.equals("null")) {
          return type;
        }
      }
    }
    return null;
  }

  private static String empty(Schema<?> schema) {
    return "array".equals(type(schema)) ? "[]" : "null";
  }

  /** {@code tags} → {@code tag}, so the items of a named array are named like one. */
  private static String singular(String name) {
    if (name == null || name.length() < 3 || !name.endsWith("s") || name.endsWith("ss")) {
      return name;
    }
    return name.endsWith("ies")
        ? name.substring(0, name.length() - 3) + "y"
        : name.substring(0, name.length() - 1);
  }

  private static String indentLines(String json, int depth) {
    return depth == 0 ? json : json.replace("\n", "\n" + "  ".repeat(depth));
  }
}
