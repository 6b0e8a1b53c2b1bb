package dev.mockapi.manager.transfer.wiremock;

import dev.mockapi.manager.transfer.JsonUpload;
import dev.mockapi.manager.transfer.Reports;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The body text of a mapping's response, from the first of {@code body}, {@code jsonBody} (written
 * as indented JSON), {@code base64Body} and {@code bodyFileName} (a file under {@code __files/} of
 * the upload) it has. A body that is not UTF-8 text is reported: an endpoint's body is a text
 * template.
 *
 * @param text the body as WireMock would send it, before any templating
 * @param pointer where it came from, for reports about it
 */
record MappingBody(String text, String pointer) {

  private static final List<String> SOURCES =
      List.of("body", "jsonBody", "base64Body", "bodyFileName");

  /** The body of {@code response}; an empty one when it has none or it is not readable. */
  static MappingBody of(JsonNode response, Map<String, byte[]> bodyFiles, Reports reports) {
    String source = SOURCES.stream().filter(response::has).findFirst().orElse(null);
    if (source == null) {
      return new MappingBody("", "/response");
    }
    SOURCES.stream()
        .filter(other -> !other.equals(source) && response.has(other))
        .forEach(
            other ->
                reports.add("/response/" + other, "a second body: " + source + " is the one sent"));
    String pointer = "/response/" + source;
    JsonNode value = response.get(source);
    String text =
        switch (source) {
          case "body" -> value.isString() ? value.asString() : JsonUpload.compact(value);
          case "jsonBody" -> JsonUpload.pretty(value);
          case "base64Body" -> base64(value.asString(""), pointer, reports);
          default -> file(value.asString(""), bodyFiles, pointer, reports);
        };
    return new MappingBody(text, pointer);
  }

  private static String base64(String encoded, String pointer, Reports reports) {
    byte[] bytes;
    try {
      bytes = Base64.getMimeDecoder().decode(encoded);
    } catch (IllegalArgumentException e) {
      reports.add(pointer, "not valid base64: the body is empty");
      return "";
    }
    return text(bytes, pointer, reports);
  }

  private static String file(
      String name, Map<String, byte[]> bodyFiles, String pointer, Reports reports) {
    if (name.contains("{{")) {
      reports.add(
          pointer,
          "a body file chosen by a template (" + name + ") has no equivalent: the body is empty");
      return "";
    }
    byte[] content = bodyFiles.get(name.startsWith("/") ? name.substring(1) : name);
    if (content == null) {
      reports.add(
          pointer,
          "the body file __files/"
              + name
              + " is not in the upload (upload the folder as a zip): the body is empty");
      return "";
    }
    return text(content, pointer, reports);
  }

  private static String text(byte[] bytes, String pointer, Reports reports) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      if (text.indexOf('\0') < 0) {
        return text;
      }
    } catch (CharacterCodingException e) {
      // binary, reported below
    }
    reports.add(
        pointer,
        "a binary body ("
            + bytes.length
            + " bytes) has no equivalent: an endpoint's body is text; the body is empty");
    return "";
  }
}
