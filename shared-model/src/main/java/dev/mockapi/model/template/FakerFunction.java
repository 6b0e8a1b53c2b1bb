package dev.mockapi.model.template;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import net.datafaker.Faker;

/**
 * One entry of the Faker catalog: {@code Faker.name(args)} in a template.
 *
 * @param name the Python-Faker style name, such as {@code first_name}
 * @param params the parameters, required ones first
 * @param description what it produces
 * @param generator produces a value from the request's Faker and random source
 */
public record FakerFunction(
    String name, List<Param> params, String description, Generator generator) {

  /** Produces one value. {@code args} has one entry per parameter, defaults filled in. */
  @FunctionalInterface
  public interface Generator {
    String generate(Faker faker, Random random, Object[] args);
  }

  /** What kind of literal a parameter takes. */
  public enum Kind {
    INT,
    NUMBER,
    STRING,
    /**
     * A date: {@code today}, {@code now}, an offset such as {@code -30d} or {@code +2w}, or ISO.
     */
    DATE,
    /** A date pattern such as {@code yyyy-MM-dd}, bound as a {@link DateTimeFormatter}. */
    PATTERN
  }

  /**
   * @param name the parameter's name, for the catalog
   * @param kind the literal it takes
   * @param defaultValue its value when left out (Long, Double or String), or null when required
   * @param repeated whether it takes any number of values (last parameter only)
   * @param min the smallest value of an INT
   * @param max the largest value of an INT, or the longest STRING or PATTERN: the compiler refuses
   *     more, so no call can be asked to build something huge
   */
  public record Param(
      String name, Kind kind, Object defaultValue, boolean repeated, long min, long max) {

    static Param required(String name, Kind kind) {
      return new Param(name, kind, null, false, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    static Param optional(String name, Kind kind, Object defaultValue) {
      return new Param(name, kind, defaultValue, false, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    static Param repeated(String name, Kind kind) {
      return new Param(name, kind, null, true, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** This parameter, taking only values (INT) or lengths (STRING, PATTERN) within bounds. */
    Param within(long min, long max) {
      return new Param(name, kind, defaultValue, repeated, min, max);
    }

    boolean isRequired() {
      return defaultValue == null && !repeated;
    }
  }

  /** How the function is called, e.g. {@code random_int(min=0, max=9999)}. */
  public String signature() {
    StringBuilder text = new StringBuilder(name).append('(');
    for (int i = 0; i < params.size(); i++) {
      Param param = params.get(i);
      text.append(i == 0 ? "" : ", ").append(param.name());
      if (param.repeated()) {
        text.append("...");
      } else if (param.defaultValue() != null) {
        Object value = param.defaultValue();
        text.append('=').append(value instanceof String s ? "'" + s + "'" : value);
      }
    }
    return text.append(')').toString();
  }
}
