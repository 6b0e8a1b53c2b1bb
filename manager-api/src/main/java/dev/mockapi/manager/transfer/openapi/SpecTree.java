package dev.mockapi.manager.transfer.openapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapi.manager.web.MalformedImportException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a spec's bytes (JSON or YAML) into the Jackson 2 tree swagger-parser deserializes. YAML is
 * composed by SnakeYAML into its node graph, where an alias is a shared node and costs nothing, and
 * converted here: each use of an alias counts against the limit, and the tree may not grow past one
 * node per character of the input, so an alias bomb is refused before it is expanded. No tag
 * constructs an object: only the standard scalar, sequence and mapping tags are accepted.
 */
final class SpecTree {

  /**
   * Deepest nesting of a document, JSON or YAML: far below what deserializing it recursively takes.
   */
  private static final int MAX_DEPTH = 200;

  private static final ObjectMapper JSON =
      new ObjectMapper(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                  .build())
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<Tag> SCALAR_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.BINARY);
  // Nodes a document may have beyond one per character: room for the smallest documents.
  private static final int NODE_ALLOWANCE = 1_000;

  private final int maxAliases;
  private final long maxNodes;
  private final Set<Node> visited = Collections.newSetFromMap(new IdentityHashMap<>());
  private int aliases;
  private int expanding;
  private long nodes;

  private SpecTree(int maxAliases, long maxNodes) {
    this.maxAliases = maxAliases;
    this.maxNodes = maxNodes;
  }

  /**
   * The document's tree.
   *
   * @param maxAliases most uses of YAML aliases
   * @throws MalformedImportException naming the line and column of what cannot be read
   */
  static JsonNode read(byte[] input, int maxAliases) {
    String text = new String(input, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String start = text.stripLeading();
    if (start.isEmpty()) {
      throw new MalformedImportException("line 1, column 1", "The document is empty.");
    }
    if (start.startsWith("{") || start.startsWith("[")) {
      return json(text);
    }
    return new SpecTree(maxAliases, text.length() + (long) NODE_ALLOWANCE).yaml(text);
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new MalformedImportException(
          at == null ? "line 1, column 1" : position(at.getLineNr(), at.getColumnNr()),
          "The document is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private JsonNode yaml(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setAllowRecursiveKeys(false);
    options.setCodePointLimit(Math.max(text.length(), 1) + 1);
    options.setNestingDepthLimit(MAX_DEPTH);
    // The graph shares aliased nodes; they are counted below, where they would be expanded.
    options.setMaxAliasesForCollections(Integer.MAX_VALUE);
    Node root;
    try {
      root = new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw new MalformedImportException(
          mark == null ? "line 1, column 1" : position(mark.getLine() + 1, mark.getColumn() + 1),
          "The document is not valid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new MalformedImportException(
          "line 1, column 1", "The document is not valid YAML: " + e.getMessage());
    }
    if (root == null) {
      throw new MalformedImportException("line 1, column 1", "The document is empty.");
    }
    return convert(root, 0);
  }

  private JsonNode convert(Node node, int depth) {
    // A node met again is an alias's target; the nodes inside it are part of the same alias.
    boolean alias = !visited.add(node);
    if (alias && expanding == 0 && ++aliases > maxAliases) {
      throw at(
          node,
          "The document uses YAML aliases more than "
              + maxAliases
              + " times (the anchor here is one of them).");
    }
    if (++nodes > maxNodes || depth > MAX_DEPTH) {
      throw at(node, "The document expands, through its YAML aliases, past what its size allows.");
    }
    if (alias) {
      expanding++;
    }
    try {
      return switch (node) {
        case ScalarNode scalar -> scalar(scalar);
        case SequenceNode sequence -> sequence(sequence, depth);
        case MappingNode mapping -> mapping(mapping, depth);
        default -> throw at(node, "Unexpected YAML node.");
      };
    } finally {
      if (alias) {
        expanding--;
      }
    }
  }

  private JsonNode sequence(SequenceNode sequence, int depth) {
    if (!sequence.getTag().equals(Tag.SEQ)) {
      throw refusedTag(sequence);
    }
    ArrayNode array = NODES.arrayNode();
    for (Node item : sequence.getValue()) {
      array.add(convert(item, depth + 1));
    }
    return array;
  }

  private JsonNode mapping(MappingNode mapping, int depth) {
    if (!mapping.getTag().equals(Tag.MAP)) {
      throw refusedTag(mapping);
    }
    ObjectNode object = NODES.objectNode();
    List<Node> merges = new ArrayList<>();
    for (NodeTuple entry : mapping.getValue()) {
      Node key = entry.getKeyNode();
      if (key.getTag().equals(Tag.MERGE)) {
        merges.add(entry.getValueNode());
        continue;
      }
      if (!(key instanceof ScalarNode scalarKey)) {
        throw at(key, "Mapping keys must be plain values.");
      }
      nodes++;
      String name = scalarKey.getValue();
      if (object.has(name)) {
        throw at(key, "The key '" + name + "' appears twice in this mapping.");
      }
      object.set(name, convert(entry.getValueNode(), depth + 1));
    }
    for (Node merge : merges) {
      List<Node> sources =
          merge instanceof SequenceNode sequence ? sequence.getValue() : List.of(merge);
      for (Node source : sources) {
        if (!(convert(source, depth + 1) instanceof ObjectNode merged)) {
          throw at(source, "A merge key '<<' takes a mapping or a list of mappings.");
        }
        merged.properties().forEach(field -> object.putIfAbsent(field.getKey(), field.getValue()));
      }
    }
    return object;
  }

  private JsonNode scalar(ScalarNode scalar) {
    Tag tag = scalar.getTag();
    if (!SCALAR_TAGS.contains(tag)) {
      throw refusedTag(scalar);
    }
    String value = scalar.getValue();
    if (tag.equals(Tag.NULL)) {
      return NODES.nullNode();
    }
    if (tag.equals(Tag.BOOL)) {
      String lower = value.toLowerCase(Locale.ROOT);
      return NODES.booleanNode(lower.equals("true") || lower.equals("yes") || lower.equals("on"));
    }
    String digits = value.replace("_", "");
    try {
      if (tag.equals(Tag.INT)) {
        BigInteger number = new BigInteger(digits);
        // The node types Jackson reads JSON numbers as: swagger-parser expects an int for minItems.
        if (number.bitLength() < 32) {
          return NODES.numberNode(number.intValue());
        }
        return number.bitLength() < 64
            ? NODES.numberNode(number.longValue())
            : NODES.numberNode(number);
      }
      if (tag.equals(Tag.FLOAT)) {
        return NODES.numberNode(Double.parseDouble(digits));
      }
    } catch (NumberFormatException e) {
      // YAML 1.1 forms such as 0x1F, 0o17, 1:30 or .inf stay text
    }
    return NODES.textNode(value);
  }

  private static MalformedImportException refusedTag(Node node) {
    return at(node, "The YAML tag " + node.getTag() + " is not allowed.");
  }

  private static MalformedImportException at(Node node, String detail) {
    Mark mark = node.getStartMark();
    return new MalformedImportException(
        mark == null ? "line 1, column 1" : position(mark.getLine() + 1, mark.getColumn() + 1),
        detail);
  }

  private static String position(long line, long column) {
    return "line " + line + ", column " + column;
  }
}
