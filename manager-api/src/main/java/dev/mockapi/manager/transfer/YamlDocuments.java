package dev.mockapi.manager.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.mockapi.manager.web.MalformedImportException;
import dev.mockapi.manager.web.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The MockAPI YAML document: written by Jackson's YAML module in a fixed order (so an export of an
 * imported export is the same bytes), read by SnakeYAML Engine's safe loader with the YAML 1.2 JSON
 * schema (no tags that build objects, {@code on} stays a string, aliases expanded but bounded).
 * Seed items are plain YAML objects in the document and JSON text in {@link ProjectDocument}.
 */
@Component
class YamlDocuments {

  private final YAMLMapper yaml =
      YAMLMapper.builder()
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .changeDefaultPropertyInclusion(
              inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
          .build();
  private final JsonMapper json = JsonMapper.builder().build();
  private final ImportLimits limits;

  YamlDocuments(ImportLimits limits) {
    this.limits = limits;
  }

  byte[] write(ProjectDocument document) {
    ObjectNode tree = yaml.valueToTree(document);
    forEachItem(tree, (c, items, i) -> items.set(i, json.readTree(items.get(i).asString())));
    return yaml.writeValueAsBytes(tree);
  }

  /**
   * Reads a document; a syntax error or a limit is a 400 malformed-import naming the line and
   * column, a wrong structure one naming the JSON pointer of the field.
   */
  ProjectDocument read(byte[] input) {
    JsonNode tree = json.valueToTree(load(input));
    if (!(tree instanceof ObjectNode root)) {
      throw new MalformedImportException(
          "/", "A MockAPI document is a YAML mapping with version, project and endpoints");
    }
    JsonNode version = root.get("version");
    if (version == null
        || !version.isInt()
        || version.intValue() != ProjectDocument.CURRENT_VERSION) {
      throw new MalformedImportException(
          "/version",
          "version must be "
              + ProjectDocument.CURRENT_VERSION
              + " (the document format this installation reads); the document has "
              + (version == null ? "none" : version.toString()));
    }
    forEachItem(
        root,
        (c, items, i) -> {
          if (!items.get(i).isObject()) {
            throw new ValidationException(
                "collections[" + c + "].items[" + i + "]",
                "must be an object, such as {id: 1, name: Ada}");
          }
          items.set(i, json.getNodeFactory().stringNode(json.writeValueAsString(items.get(i))));
        });
    try {
      return yaml.treeToValue(root, ProjectDocument.class);
    } catch (JacksonException e) {
      throw new MalformedImportException(pointer(e), e.getOriginalMessage());
    }
  }

  private Object load(byte[] input) {
    LoadSettings settings =
        LoadSettings.builder()
            .setMaxAliasesForCollections(limits.maxAliases())
            .setAllowRecursiveKeys(false)
            .setAllowDuplicateKeys(false)
            .setCodePointLimit(Math.max(input.length, 1))
            .build();
    try {
      return new Load(settings).loadFromString(new String(input, StandardCharsets.UTF_8));
    } catch (MarkedYamlEngineException e) {
      throw new MalformedImportException(
          e.getProblemMark().or(e::getContextMark).map(YamlDocuments::position).orElse("?"),
          "Not valid YAML: " + e.getProblem());
    } catch (YamlEngineException e) {
      throw new MalformedImportException(
          "?", "Not a YAML document this import reads: " + e.getMessage());
    }
  }

  private static String position(Mark mark) {
    return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
  }

  private static String pointer(JacksonException e) {
    StringBuilder pointer = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      pointer.append('/');
      pointer.append(
          Optional.ofNullable(reference.getPropertyName())
              .map(name -> name.replace("~", "~0").replace("/", "~1"))
              .orElse(Integer.toString(reference.getIndex())));
    }
    return pointer.isEmpty() ? "/" : pointer.toString();
  }

  private static void forEachItem(ObjectNode root, ItemAction action) {
    if (root.get("collections") instanceof ArrayNode collections) {
      for (int c = 0; c < collections.size(); c++) {
        if (collections.get(c).get("items") instanceof ArrayNode items) {
          for (int i = 0; i < items.size(); i++) {
            action.apply(c, items, i);
          }
        }
      }
    }
  }

  @FunctionalInterface
  private interface ItemAction {
    void apply(int collection, ArrayNode items, int index);
  }
}
