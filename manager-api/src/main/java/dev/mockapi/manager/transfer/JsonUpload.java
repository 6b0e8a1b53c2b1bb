package dev.mockapi.manager.transfer;

import dev.mockapi.manager.web.MalformedImportException;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one uploaded JSON document (a WireMock mapping, a Mockoon environment) into a tree: a
 * duplicate key and nesting past {@link #MAX_DEPTH} levels are refused, and a syntax error is a
 * malformed import naming its line and column.
 */
public final class JsonUpload {

  /** Deepest nesting of a document: far below what walking it recursively takes. */
  public static final int MAX_DEPTH = 200;

  private static final JsonMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private JsonUpload() {}

  /**
   * The document's tree.
   *
   * @param file the file of a zip upload the bytes are ({@code mappings/a.json}), or null for the
   *     upload itself; it starts the location of an error
   */
  public static JsonNode read(byte[] input, String file) {
    String text = new String(input, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String prefix = file == null ? "" : file + ", ";
    if (text.isBlank()) {
      throw new MalformedImportException(prefix + "line 1, column 1", "The document is empty.");
    }
    try {
      return JSON.readTree(text);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      throw new MalformedImportException(
          prefix
              + (at == null
                  ? "line 1, column 1"
                  : "line " + at.getLineNr() + ", column " + at.getColumnNr()),
          "The document is not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** The JSON text of a value, indented for a person to read. */
  public static String pretty(JsonNode value) {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }

  /** The JSON text of a value, compact. */
  public static String compact(JsonNode value) {
    return JSON.writeValueAsString(value);
  }

  /** The pointer token of a field name: {@code ~} and {@code /} escaped (RFC 6901). */
  public static String token(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
