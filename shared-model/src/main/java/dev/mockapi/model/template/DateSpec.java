package dev.mockapi.model.template;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Python Faker writes them in arguments: {@code today}, {@code now}, an offset such as
 * {@code -30d}, {@code +2w}, {@code -1y}, {@code -12h}, or an ISO date {@code 2024-01-31}.
 */
final class DateSpec {

  private static final Pattern OFFSET = Pattern.compile("([+-]?)(\\d{1,6})([smhdwy])");

  private DateSpec() {}

  /** The instant {@code spec} names, relative to {@code now}; throws if it is not a date. */
  static Instant resolve(String spec, Instant now) {
    String text = spec.trim();
    if (text.equals("today") || text.equals("now")) {
      return now;
    }
    Matcher offset = OFFSET.matcher(text);
    if (offset.matches()) {
      long amount = Long.parseLong(offset.group(2)) * (offset.group(1).equals("-") ? -1 : 1);
      Duration unit =
          switch (offset.group(3)) {
            case "s" -> Duration.ofSeconds(1);
            case "m" -> Duration.ofMinutes(1);
            case "h" -> Duration.ofHours(1);
            case "d" -> Duration.ofDays(1);
            case "w" -> Duration.ofDays(7);
            default -> Duration.ofDays(365);
          };
      return now.plus(unit.multipliedBy(amount));
    }
    try {
      return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'"
              + spec
              + "' is not a date: use today, now, an offset like -30d or +2w, or 2024-01-31");
    }
  }
}
