package dev.mockapi.manager.transfer.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.mockapi.manager.transfer.ForeignTemplates;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.TimeZone;

/**
 * A spec's example values as template text that renders them as they are: a {@code {{} in an
 * example never starts a placeholder.
 */
final class Literals {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private Literals() {}

  /**
   * The value as JSON template text. In JSON a {@code {{} can only stand inside a string, where
   * {@code {\u007b} is the same text and no placeholder.
   *
   * @param value an example as swagger-parser holds it: a Jackson node, a string, a number, a
   *     boolean, or a date (written {@code yyyy-MM-dd} when {@code dateOnly})
   */
  static String json(Object value, boolean dateOnly) {
    Object plain = value instanceof Date date && dateOnly ? day(date) : value;
    try {
      return JSON.writeValueAsString(plain).replace("{{", "{\\u007b");
    } catch (JsonProcessingException e) {
      return "null";
    }
  }

  /** The value as plain template text: a string as it is, anything else as JSON. */
  static String text(Object value) {
    String text = value instanceof String string ? string : json(value, false);
    return escapeText(text);
  }

  /** Text that renders as itself outside JSON: each {@code {{} escaped as {@code \{{}. */
  static String escapeText(String text) {
    return ForeignTemplates.literal(text);
  }

  /** A JSON string literal of {@code text}, safe in a template. */
  static String quoted(String text) {
    return json(text, false);
  }

  private static String day(Date date) {
    SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
    format.setTimeZone(TimeZone.getTimeZone("UTC"));
    return format.format(date);
  }
}
