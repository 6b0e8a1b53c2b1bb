package dev.mockapi.manager.transfer.mockoon;

import dev.mockapi.manager.transfer.ForeignTemplates;
import dev.mockapi.manager.transfer.HelperCall;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Mockoon's templating helpers that MockAPI's language has: {@code urlParam}, {@code queryParam},
 * {@code header}, {@code body} and {@code bodyRaw} (with a path), {@code method}, {@code uuid},
 * {@code now} (with a format), {@code int}, {@code float}, {@code boolean}, {@code faker} with the
 * faker.js names that have a Python Faker equivalent, and {@code #repeat} blocks.
 */
final class MockoonHelpers implements ForeignTemplates.Helpers {

  static final MockoonHelpers INSTANCE = new MockoonHelpers();

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern BODY_PATH =
      Pattern.compile("(?:\\$\\.)?[A-Za-z_][A-Za-z0-9_]*(?:\\.(?:[A-Za-z_][A-Za-z0-9_]*|\\d+))*");
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,9}(?:\\.\\d{1,6})?");
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
  private static final Pattern DATE_FORMAT = Pattern.compile("[yMdHhmsS:./ -]+");
  private static final Pattern COUNT = Pattern.compile("\\d{1,4}");

  /** faker.js names (v5 and v8) to the Python Faker function of the same meaning. */
  private static final Map<String, String> FAKER =
      Map.ofEntries(
          Map.entry("person.firstName", "first_name"),
          Map.entry("name.firstName", "first_name"),
          Map.entry("person.lastName", "last_name"),
          Map.entry("name.lastName", "last_name"),
          Map.entry("person.fullName", "name"),
          Map.entry("name.findName", "name"),
          Map.entry("person.prefix", "prefix"),
          Map.entry("person.suffix", "suffix"),
          Map.entry("person.jobTitle", "job"),
          Map.entry("name.jobTitle", "job"),
          Map.entry("internet.email", "email"),
          Map.entry("internet.userName", "user_name"),
          Map.entry("internet.username", "user_name"),
          Map.entry("internet.password", "password"),
          Map.entry("internet.url", "url"),
          Map.entry("internet.domainName", "domain_name"),
          Map.entry("internet.ip", "ipv4"),
          Map.entry("internet.ipv4", "ipv4"),
          Map.entry("internet.mac", "mac_address"),
          Map.entry("internet.userAgent", "user_agent"),
          Map.entry("phone.number", "phone_number"),
          Map.entry("phone.phoneNumber", "phone_number"),
          Map.entry("location.city", "city"),
          Map.entry("address.city", "city"),
          Map.entry("location.country", "country"),
          Map.entry("address.country", "country"),
          Map.entry("location.countryCode", "country_code"),
          Map.entry("location.zipCode", "zipcode"),
          Map.entry("address.zipCode", "zipcode"),
          Map.entry("location.state", "state"),
          Map.entry("location.streetAddress", "street_address"),
          Map.entry("address.streetAddress", "street_address"),
          Map.entry("location.street", "street_name"),
          Map.entry("location.buildingNumber", "building_number"),
          Map.entry("location.latitude", "latitude"),
          Map.entry("location.longitude", "longitude"),
          Map.entry("company.name", "company"),
          Map.entry("company.companyName", "company"),
          Map.entry("company.catchPhrase", "catch_phrase"),
          Map.entry("finance.iban", "iban"),
          Map.entry("finance.creditCardNumber", "credit_card_number"),
          Map.entry("finance.currencyCode", "currency_code"),
          Map.entry("lorem.word", "word"),
          Map.entry("lorem.words", "words"),
          Map.entry("lorem.sentence", "sentence"),
          Map.entry("lorem.paragraph", "paragraph"),
          Map.entry("string.uuid", "uuid4"),
          Map.entry("datatype.uuid", "uuid4"),
          Map.entry("number.int", "random_int"),
          Map.entry("datatype.number", "random_int"),
          Map.entry("datatype.boolean", "pybool"),
          Map.entry("date.past", "past_date"),
          Map.entry("date.future", "future_date"),
          Map.entry("color.human", "color_name"),
          Map.entry("internet.color", "hex_color"));

  private MockoonHelpers() {}

  @Override
  public String translate(String tag) {
    if (tag.equals("@index")) {
      return tag;
    }
    HelperCall call = HelperCall.parse(tag);
    if (call == null || !call.hash().isEmpty()) {
      return null;
    }
    String first = call.args().isEmpty() ? null : call.args().getFirst();
    return switch (call.name()) {
      case "urlParam" -> call.is("urlParam", 1) ? named("request.path.", first) : null;
      case "queryParam" -> call.is("queryParam", 1) ? named("request.query.", first) : null;
      case "header" -> call.is("header", 1) ? named("request.headers.", first) : null;
      case "body", "bodyRaw" -> body(call);
      case "method" -> call.args().isEmpty() ? "request.method" : null;
      case "uuid", "guid" -> call.args().isEmpty() ? "uuid" : null;
      case "now" -> now(call);
      case "int" -> numbers(call, INTEGER, "random_int", "");
      case "float" -> numbers(call, NUMBER, "pyfloat", ", 2");
      case "boolean" -> call.args().isEmpty() ? "Faker.pybool()" : null;
      case "faker" -> faker(call);
      case "#repeat" -> repeat(call);
      default -> null;
    };
  }

  private static String named(String prefix, String name) {
    return NAME.matcher(name).matches() ? prefix + name : null;
  }

  private static String body(HelperCall call) {
    if (call.args().isEmpty()) {
      return "request.body";
    }
    String path = call.args().getFirst();
    if (call.args().size() != 1 || !BODY_PATH.matcher(path).matches()) {
      return null;
    }
    String plain = path.startsWith("$.") ? path.substring(2) : path;
    return "request.body." + plain.replaceAll("\\.(\\d+)", "[$1]");
  }

  private static String now(HelperCall call) {
    if (call.args().isEmpty()) {
      return "now";
    }
    String format = call.args().getFirst();
    return call.args().size() == 1 && DATE_FORMAT.matcher(format).matches()
        ? "now '" + format + "'"
        : null;
  }

  /** A random number from Faker: {@code int 1 10} is {@code Faker.random_int(1, 10)}. */
  private static String numbers(HelperCall call, Pattern number, String function, String extra) {
    if (call.args().isEmpty()) {
      return "Faker." + function + "()";
    }
    if (call.args().size() != 2
        || !number.matcher(call.args().get(0)).matches()
        || !number.matcher(call.args().get(1)).matches()) {
      return null;
    }
    return "Faker." + function + "(" + call.args().get(0) + ", " + call.args().get(1) + extra + ")";
  }

  private static String faker(HelperCall call) {
    String function = call.args().size() == 1 ? FAKER.get(call.args().getFirst()) : null;
    return function == null ? null : "Faker." + function + "()";
  }

  private static String repeat(HelperCall call) {
    if (call.args().isEmpty()
        || call.args().size() > 2
        || !call.args().stream().allMatch(count -> COUNT.matcher(count).matches())) {
      return null;
    }
    return "#repeat " + String.join(" ", call.args());
  }
}
