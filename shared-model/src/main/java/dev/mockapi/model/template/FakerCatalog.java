package dev.mockapi.model.template;

import static dev.mockapi.model.template.FakerFunction.Kind.DATE;
import static dev.mockapi.model.template.FakerFunction.Kind.INT;
import static dev.mockapi.model.template.FakerFunction.Kind.NUMBER;
import static dev.mockapi.model.template.FakerFunction.Kind.PATTERN;
import static dev.mockapi.model.template.FakerFunction.Kind.STRING;

import dev.mockapi.model.EditDistance;
import dev.mockapi.model.RandomUuids;
import dev.mockapi.model.template.FakerFunction.Generator;
import dev.mockapi.model.template.FakerFunction.Param;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;

/**
 * Every {@code Faker.x()} a template may call: Python Faker's names, backed by Datafaker. This
 * allow-list is the only code a template can reach.
 */
public final class FakerCatalog {

  private static final Map<String, FakerFunction> FUNCTIONS = new LinkedHashMap<>();
  private static final Instant EPOCH = Instant.parse("1970-01-01T00:00:00Z");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  static {
    // People and accounts
    add("name", "A full name", (f, r, a) -> f.name().fullName());
    add("first_name", "A first name", (f, r, a) -> f.name().firstName());
    add("last_name", "A last name", (f, r, a) -> f.name().lastName());
    add("prefix", "A name prefix such as Mrs.", (f, r, a) -> f.name().prefix());
    add("suffix", "A name suffix such as Jr.", (f, r, a) -> f.name().suffix());
    add("user_name", "A user name", (f, r, a) -> f.internet().username());
    add("email", "An email address", (f, r, a) -> f.internet().emailAddress());
    add(
        "safe_email",
        "An email address at an example domain",
        (f, r, a) -> f.internet().safeEmailAddress());
    add("free_email", "An email address", (f, r, a) -> f.internet().emailAddress());
    add("password", "A random password", (f, r, a) -> f.internet().password());
    add("phone_number", "A phone number", (f, r, a) -> f.phoneNumber().phoneNumber());
    add("job", "A job title", (f, r, a) -> f.job().title());
    // Places
    add("address", "A full postal address", (f, r, a) -> f.address().fullAddress());
    add("street_address", "A street and number", (f, r, a) -> f.address().streetAddress());
    add("street_name", "A street name", (f, r, a) -> f.address().streetName());
    add("building_number", "A building number", (f, r, a) -> f.address().buildingNumber());
    add("city", "A city", (f, r, a) -> f.address().city());
    add("state", "A state or region", (f, r, a) -> f.address().state());
    add("country", "A country name", (f, r, a) -> f.address().country());
    add("country_code", "A two-letter country code", (f, r, a) -> f.address().countryCode());
    add("zipcode", "A postal code", (f, r, a) -> f.address().zipCode());
    add("postcode", "A postal code", (f, r, a) -> f.address().zipCode());
    add("latitude", "A latitude", (f, r, a) -> f.address().latitude());
    add("longitude", "A longitude", (f, r, a) -> f.address().longitude());
    // Companies and money
    add("company", "A company name", (f, r, a) -> f.company().name());
    add("catch_phrase", "A company catch phrase", (f, r, a) -> f.company().catchPhrase());
    add("bs", "Business speak", (f, r, a) -> f.company().bs());
    add("credit_card_number", "A credit card number", (f, r, a) -> f.finance().creditCard());
    add("iban", "An IBAN", (f, r, a) -> f.finance().iban());
    add("currency_code", "An ISO 4217 currency code", (f, r, a) -> f.money().currencyCode());
    add("isbn13", "An ISBN-13", (f, r, a) -> f.code().isbn13());
    add("ean13", "An EAN-13 barcode number", (f, r, a) -> f.code().ean13());
    // Text
    add("word", "A word", (f, r, a) -> f.lorem().word());
    add(
        "words",
        "Space-separated words",
        List.of(Param.optional("nb", INT, 3L).within(0, TemplateLimits.MAX_FAKER_WORDS)),
        (f, r, a) -> String.join(" ", f.lorem().words(((Long) a[0]).intValue())));
    add("sentence", "A sentence", (f, r, a) -> f.lorem().sentence());
    add("paragraph", "A paragraph", (f, r, a) -> f.lorem().paragraph());
    add(
        "text",
        "Text of at most max_nb_chars characters",
        List.of(
            Param.optional("max_nb_chars", INT, 200L)
                .within(0, TemplateLimits.MAX_FAKER_TEXT_CHARS)),
        (f, r, a) -> text(f, ((Long) a[0]).intValue()));
    add(
        "numerify",
        "The text with each # replaced by a digit",
        List.of(Param.optional("text", STRING, "###").within(0, TemplateLimits.MAX_FORMAT_CHARS)),
        (f, r, a) -> f.numerify((String) a[0]));
    add(
        "bothify",
        "The text with # replaced by digits and ? by letters",
        List.of(Param.optional("text", STRING, "## ??").within(0, TemplateLimits.MAX_FORMAT_CHARS)),
        (f, r, a) -> f.bothify((String) a[0]));
    add(
        "random_element",
        "One of the given values",
        List.of(Param.repeated("elements", STRING)),
        (f, r, a) -> {
          Object[] elements = (Object[]) a[0];
          return elements.length == 0 ? "" : (String) elements[r.nextInt(elements.length)];
        });
    // Numbers and ids
    add(
        "random_int",
        "An integer from min to max, inclusive",
        List.of(Param.optional("min", INT, 0L), Param.optional("max", INT, 9999L)),
        (f, r, a) -> Long.toString(between(r, (Long) a[0], (Long) a[1])));
    add(
        "pyint",
        "An integer from min_value to max_value, inclusive",
        List.of(Param.optional("min_value", INT, 0L), Param.optional("max_value", INT, 9999L)),
        (f, r, a) -> Long.toString(between(r, (Long) a[0], (Long) a[1])));
    add(
        "pyfloat",
        "A decimal from min_value to max_value with right_digits decimals",
        List.of(
            Param.optional("min_value", NUMBER, 0.0),
            Param.optional("max_value", NUMBER, 1000.0),
            Param.optional("right_digits", INT, 2L).within(0, 10)),
        (f, r, a) -> decimal(r, number(a[0]), number(a[1]), (Long) a[2]));
    add(
        "boolean",
        "true or false; chance_of_getting_true in percent",
        List.of(Param.optional("chance_of_getting_true", INT, 50L)),
        (f, r, a) -> Boolean.toString(r.nextInt(100) < (Long) a[0]));
    add("pybool", "true or false", (f, r, a) -> Boolean.toString(r.nextBoolean()));
    add("uuid4", "A random UUID (version 4)", (f, r, a) -> RandomUuids.next(r));
    // Dates and times
    add(
        "date",
        "A date since 1970, formatted with pattern",
        List.of(Param.optional("pattern", PATTERN, "yyyy-MM-dd")),
        (f, r, a) -> ((DateTimeFormatter) a[0]).format(randomInstant(r, EPOCH, anchor())));
    add(
        "date_time",
        "An ISO-8601 date-time since 1970",
        (f, r, a) -> randomInstant(r, EPOCH, anchor()).toString());
    add(
        "iso8601",
        "An ISO-8601 date-time since 1970",
        (f, r, a) -> randomInstant(r, EPOCH, anchor()).toString());
    add(
        "date_between",
        "A date (yyyy-MM-dd) between start_date and end_date",
        List.of(
            Param.optional("start_date", DATE, "-30y"), Param.optional("end_date", DATE, "today")),
        (f, r, a) -> DAY.format(between(r, a)));
    add(
        "date_time_between",
        "An ISO-8601 date-time between start_date and end_date",
        List.of(
            Param.optional("start_date", DATE, "-30y"), Param.optional("end_date", DATE, "now")),
        (f, r, a) -> between(r, a).toString());
    add(
        "past_date",
        "A date (yyyy-MM-dd) in the last 30 days",
        (f, r, a) -> DAY.format(randomInstant(r, anchor().minusSeconds(30 * 86_400L), anchor())));
    add(
        "future_date",
        "A date (yyyy-MM-dd) in the next 30 days",
        (f, r, a) -> DAY.format(randomInstant(r, anchor(), anchor().plusSeconds(30 * 86_400L))));
    add(
        "unix_time",
        "Seconds since 1970 at a random moment since 1970",
        (f, r, a) -> Long.toString(randomInstant(r, EPOCH, anchor()).getEpochSecond()));
    // Internet
    add("url", "A URL", (f, r, a) -> f.internet().url());
    add("domain_name", "A domain name", (f, r, a) -> f.internet().domainName());
    add("ipv4", "An IPv4 address", (f, r, a) -> f.internet().ipV4Address());
    add("mac_address", "A MAC address", (f, r, a) -> f.internet().macAddress());
    add("user_agent", "A browser user agent", (f, r, a) -> f.internet().userAgent());
    add("color_name", "A color name", (f, r, a) -> f.color().name());
    add("hex_color", "A hex color such as #a1b2c3", (f, r, a) -> f.color().hex());
  }

  private FakerCatalog() {}

  /** The function called {@code name}, or null. */
  public static FakerFunction find(String name) {
    return FUNCTIONS.get(name);
  }

  /** Every function, in catalog order. */
  public static Collection<FakerFunction> all() {
    return FUNCTIONS.values();
  }

  /** The catalog name closest to a misspelt one, for "did you mean" messages, or null. */
  static String closest(String name) {
    String best = null;
    int bestDistance = Math.max(2, name.length() / 3) + 1;
    for (String candidate : FUNCTIONS.keySet()) {
      int distance = EditDistance.within(candidate, name, bestDistance - 1);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
        if (distance == 0) {
          break;
        }
      }
    }
    return best;
  }

  private static void add(String name, String description, Generator generator) {
    add(name, description, List.of(), generator);
  }

  private static void add(
      String name, String description, List<Param> params, Generator generator) {
    FUNCTIONS.put(name, new FakerFunction(name, List.copyOf(params), description, generator));
  }

  /**
   * Lorem words cut at {@code max} characters. Datafaker's {@code maxLengthSentence(max)} first
   * builds a sentence of {@code max} words, seven times the characters it keeps.
   */
  private static String text(Faker faker, int max) {
    StringBuilder text = new StringBuilder(max + 16);
    while (text.length() < max) {
      text.append(text.isEmpty() ? "" : " ").append(faker.lorem().word());
    }
    text.setLength(max);
    String words = text.toString().stripTrailing();
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static double number(Object value) {
    return value instanceof Long l ? l.doubleValue() : (Double) value;
  }

  private static long between(Random random, long min, long max) {
    long low = Math.min(min, max);
    long high = Math.max(min, max);
    return low + (long) Math.floor(random.nextDouble() * ((double) high - low + 1));
  }

  private static String decimal(Random random, double min, double max, long digits) {
    double value = min + random.nextDouble() * (max - min);
    return BigDecimal.valueOf(value).setScale((int) digits, RoundingMode.HALF_UP).toPlainString();
  }

  private static Instant between(Random random, Object[] args) {
    Instant now = anchor();
    return randomInstant(
        random, DateSpec.resolve((String) args[0], now), DateSpec.resolve((String) args[1], now));
  }

  private static Instant randomInstant(Random random, Instant from, Instant to) {
    long low = Math.min(from.toEpochMilli(), to.toEpochMilli());
    long high = Math.max(from.toEpochMilli(), to.toEpochMilli());
    return Instant.ofEpochMilli(low + (long) (random.nextDouble() * (high - low)));
  }

  /**
   * The end of "recent" ranges: the start of today (UTC) rather than this instant, so that a seeded
   * response renders the same dates all day long.
   */
  private static Instant anchor() {
    return LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
