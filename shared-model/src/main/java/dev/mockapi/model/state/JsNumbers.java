package dev.mockapi.model.state;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** JavaScript's number conversions: {@code String(n)}, {@code Number(s)} and {@code parseInt}. */
final class JsNumbers {

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:\\d+\\.?\\d*(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?)");
  private static final Pattern RADIX_LITERAL =
      Pattern.compile("0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+");

  private JsNumbers() {}

  /** {@code String(d)}: the shortest round-trip digits, laid out as ECMAScript prescribes. */
  static String toString(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    if (d == 0) {
      return "0";
    }
    if (d < 0) {
      return "-" + toString(-d);
    }
    // Double.toString yields the shortest round-trip digits (JDK 19+), as JavaScript does.
    BigDecimal value = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    String digits = value.unscaledValue().toString();
    int k = digits.length();
    int n = k - value.scale();
    if (k <= n && n <= 21) {
      return digits + "0".repeat(n - k);
    }
    if (0 < n && n <= 21) {
      return digits.substring(0, n) + "." + digits.substring(n);
    }
    if (-6 < n && n <= 0) {
      return "0." + "0".repeat(-n) + digits;
    }
    String exponent = "e" + (n > 0 ? "+" : "-") + Math.abs(n - 1);
    return k == 1 ? digits + exponent : digits.charAt(0) + "." + digits.substring(1) + exponent;
  }

  /** {@code Number(s)}: blank is 0, anything that is not a whole numeric literal is NaN. */
  static double fromString(String s) {
    String text = trim(s);
    if (text.isEmpty()) {
      return 0;
    }
    if (DECIMAL.matcher(text).matches()) {
      return Double.parseDouble(text);
    }
    if (RADIX_LITERAL.matcher(text).matches()) {
      int radix =
          switch (text.charAt(1)) {
            case 'x', 'X' -> 16;
            case 'o', 'O' -> 8;
            default -> 2;
          };
      return new BigInteger(text.substring(2), radix).doubleValue();
    }
    return switch (text) {
      case "Infinity", "+Infinity" -> Double.POSITIVE_INFINITY;
      case "-Infinity" -> Double.NEGATIVE_INFINITY;
      default -> Double.NaN;
    };
  }

  /**
   * {@code parseInt(s, 10)}: leading whitespace, an optional sign, then the longest run of digits;
   * NaN when there are none. A null (absent) value is {@code undefined}, hence NaN.
   */
  static double parseInt(String s) {
    if (s == null) {
      return Double.NaN;
    }
    String text = trim(s);
    int start = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
    int end = start;
    while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
      end++;
    }
    if (end == start) {
      return Double.NaN;
    }
    double magnitude = Double.parseDouble(text.substring(start, end));
    return text.charAt(0) == '-' ? -magnitude : magnitude;
  }

  private static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isWhitespace(s.charAt(start))) {
      start++;
    }
    while (end > start && isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** ECMAScript WhiteSpace and LineTerminator, which differ from Java's notion. */
  private static boolean isWhitespace(char c) {
    return switch (c) {
      case '\t', '\n', '\u000B', '\f', '\r', '\uFEFF', '\u2028', '\u2029' -> true;
      default -> Character.getType(c) == Character.SPACE_SEPARATOR;
    };
  }
}
