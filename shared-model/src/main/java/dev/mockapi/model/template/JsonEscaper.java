package dev.mockapi.model.template;

/** Escapes text for the inside of a JSON string literal. */
final class JsonEscaper {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonEscaper() {}

  /** The length of {@code value} once escaped, so a budget can be spent before it is written. */
  static long escapedLength(String value) {
    long length = value.length();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t') {
        length += 1;
      } else if (c == '\u2028' || c == '\u2029' || c < 0x20) {
        length += 5;
      }
    }
    return length;
  }

  static void append(String value, StringBuilder out) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
