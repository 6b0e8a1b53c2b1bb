package dev.mockapi.manager.transfer.openapi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which Faker call stands for a value of a schema: chosen by its format first, then by its property
 * name ({@code email}, {@code firstName}, {@code createdAt}, {@code price}...). Each answer is the
 * expression inside {@code {{ }}}.
 */
final class FakerChoice {

  private static final Map<String, String> STRING_FORMATS =
      Map.ofEntries(
          Map.entry("date-time", "Faker.iso8601()"),
          Map.entry("date", "Faker.date()"),
          Map.entry("time", "Faker.date('HH:mm:ss')"),
          Map.entry("email", "Faker.email()"),
          Map.entry("idn-email", "Faker.email()"),
          Map.entry("uuid", "Faker.uuid4()"),
          Map.entry("uri", "Faker.url()"),
          Map.entry("url", "Faker.url()"),
          Map.entry("uri-reference", "Faker.url()"),
          Map.entry("iri", "Faker.url()"),
          Map.entry("hostname", "Faker.domain_name()"),
          Map.entry("idn-hostname", "Faker.domain_name()"),
          Map.entry("ipv4", "Faker.ipv4()"),
          Map.entry("password", "Faker.password()"),
          Map.entry("phone", "Faker.phone_number()"),
          Map.entry("byte", "Faker.bothify('????####')"));

  /** Property names (lower case, without {@code _} and {@code -}) and their string values. */
  private static final Map<String, String> STRING_NAMES =
      Map.ofEntries(
          Map.entry("name", "Faker.name()"),
          Map.entry("fullname", "Faker.name()"),
          Map.entry("displayname", "Faker.name()"),
          Map.entry("contactname", "Faker.name()"),
          Map.entry("customername", "Faker.name()"),
          Map.entry("ownername", "Faker.name()"),
          Map.entry("authorname", "Faker.name()"),
          Map.entry("author", "Faker.name()"),
          Map.entry("firstname", "Faker.first_name()"),
          Map.entry("givenname", "Faker.first_name()"),
          Map.entry("lastname", "Faker.last_name()"),
          Map.entry("surname", "Faker.last_name()"),
          Map.entry("familyname", "Faker.last_name()"),
          Map.entry("username", "Faker.user_name()"),
          Map.entry("login", "Faker.user_name()"),
          Map.entry("nickname", "Faker.user_name()"),
          Map.entry("handle", "Faker.user_name()"),
          Map.entry("password", "Faker.password()"),
          Map.entry("mobile", "Faker.phone_number()"),
          Map.entry("tel", "Faker.phone_number()"),
          Map.entry("fax", "Faker.phone_number()"),
          Map.entry("city", "Faker.city()"),
          Map.entry("town", "Faker.city()"),
          Map.entry("country", "Faker.country()"),
          Map.entry("countrycode", "Faker.country_code()"),
          Map.entry("state", "Faker.state()"),
          Map.entry("province", "Faker.state()"),
          Map.entry("region", "Faker.state()"),
          Map.entry("zip", "Faker.zipcode()"),
          Map.entry("zipcode", "Faker.zipcode()"),
          Map.entry("postalcode", "Faker.postcode()"),
          Map.entry("postcode", "Faker.postcode()"),
          Map.entry("street", "Faker.street_address()"),
          Map.entry("streetaddress", "Faker.street_address()"),
          Map.entry("addressline1", "Faker.street_address()"),
          Map.entry("line1", "Faker.street_address()"),
          Map.entry("company", "Faker.company()"),
          Map.entry("companyname", "Faker.company()"),
          Map.entry("organization", "Faker.company()"),
          Map.entry("organisation", "Faker.company()"),
          Map.entry("employer", "Faker.company()"),
          Map.entry("job", "Faker.job()"),
          Map.entry("jobtitle", "Faker.job()"),
          Map.entry("occupation", "Faker.job()"),
          Map.entry("website", "Faker.url()"),
          Map.entry("homepage", "Faker.url()"),
          Map.entry("link", "Faker.url()"),
          Map.entry("href", "Faker.url()"),
          Map.entry("avatar", "Faker.url()"),
          Map.entry("image", "Faker.url()"),
          Map.entry("photo", "Faker.url()"),
          Map.entry("picture", "Faker.url()"),
          Map.entry("thumbnail", "Faker.url()"),
          Map.entry("logo", "Faker.url()"),
          Map.entry("ip", "Faker.ipv4()"),
          Map.entry("ipaddress", "Faker.ipv4()"),
          Map.entry("macaddress", "Faker.mac_address()"),
          Map.entry("useragent", "Faker.user_agent()"),
          Map.entry("domain", "Faker.domain_name()"),
          Map.entry("hostname", "Faker.domain_name()"),
          Map.entry("host", "Faker.domain_name()"),
          Map.entry("color", "Faker.color_name()"),
          Map.entry("colour", "Faker.color_name()"),
          Map.entry("currency", "Faker.currency_code()"),
          Map.entry("currencycode", "Faker.currency_code()"),
          Map.entry("iban", "Faker.iban()"),
          Map.entry("creditcard", "Faker.credit_card_number()"),
          Map.entry("cardnumber", "Faker.credit_card_number()"),
          Map.entry("isbn", "Faker.isbn13()"),
          Map.entry("ean", "Faker.ean13()"),
          Map.entry("barcode", "Faker.ean13()"),
          Map.entry("latitude", "Faker.latitude()"),
          Map.entry("lat", "Faker.latitude()"),
          Map.entry("longitude", "Faker.longitude()"),
          Map.entry("lng", "Faker.longitude()"),
          Map.entry("lon", "Faker.longitude()"),
          Map.entry("title", "Faker.sentence()"),
          Map.entry("subject", "Faker.sentence()"),
          Map.entry("headline", "Faker.sentence()"),
          Map.entry("description", "Faker.sentence()"),
          Map.entry("summary", "Faker.sentence()"),
          Map.entry("comment", "Faker.sentence()"),
          Map.entry("note", "Faker.sentence()"),
          Map.entry("notes", "Faker.sentence()"),
          Map.entry("message", "Faker.sentence()"),
          Map.entry("bio", "Faker.paragraph()"),
          Map.entry("about", "Faker.paragraph()"),
          Map.entry("text", "Faker.paragraph()"),
          Map.entry("content", "Faker.paragraph()"),
          Map.entry("body", "Faker.paragraph()"),
          Map.entry("birthday", "Faker.date_between('-80y', '-18y')"),
          Map.entry("birthdate", "Faker.date_between('-80y', '-18y')"),
          Map.entry("dateofbirth", "Faker.date_between('-80y', '-18y')"),
          Map.entry("dob", "Faker.date_between('-80y', '-18y')"),
          Map.entry("timestamp", "Faker.iso8601()"),
          Map.entry("code", "Faker.bothify('??-####')"),
          Map.entry("sku", "Faker.bothify('SKU-#####')"),
          Map.entry("version", "Faker.numerify('#.#.#')"),
          Map.entry("token", "Faker.bothify('????????????????????????')"),
          Map.entry("secret", "Faker.bothify('????????????????????????')"),
          Map.entry("apikey", "Faker.bothify('????????????????????????')"),
          Map.entry("hash", "Faker.bothify('????????????????????????')"));

  /**
   * Last words of a name ({@code customerEmail}, {@code created_at}) when no whole name matches.
   */
  private static final Map<String, String> STRING_SUFFIXES =
      Map.ofEntries(
          Map.entry("email", "Faker.email()"),
          Map.entry("emailaddress", "Faker.email()"),
          Map.entry("phone", "Faker.phone_number()"),
          Map.entry("phonenumber", "Faker.phone_number()"),
          Map.entry("url", "Faker.url()"),
          Map.entry("uri", "Faker.url()"),
          Map.entry("address", "Faker.address()"),
          Map.entry("uuid", "Faker.uuid4()"),
          Map.entry("guid", "Faker.uuid4()"),
          Map.entry("id", "Faker.uuid4()"),
          Map.entry("datetime", "Faker.iso8601()"),
          Map.entry("at", "Faker.iso8601()"),
          Map.entry("time", "Faker.iso8601()"),
          Map.entry("date", "Faker.date()"),
          Map.entry("city", "Faker.city()"),
          Map.entry("country", "Faker.country()"),
          Map.entry("firstname", "Faker.first_name()"),
          Map.entry("lastname", "Faker.last_name()"),
          Map.entry("username", "Faker.user_name()"),
          Map.entry("description", "Faker.sentence()"));

  private static final Pattern WORD_BREAK = Pattern.compile("[_\\-\\s.]+|(?<=[a-z0-9])(?=[A-Z])");

  private FakerChoice() {}

  /** The value of a string; {@code Faker.word()} when neither format nor name says more. */
  static String string(String name, String format) {
    String byFormat = format == null ? null : STRING_FORMATS.get(format);
    if (byFormat != null) {
      return byFormat;
    }
    String key = key(name);
    String byName = STRING_NAMES.get(key);
    if (byName != null) {
      return byName;
    }
    List<String> words = words(name);
    // The longest ending first: customerEmailAddress is an email, not an address.
    for (int from = 0; from < words.size(); from++) {
      String bySuffix = STRING_SUFFIXES.get(String.join("", words.subList(from, words.size())));
      if (bySuffix != null) {
        return bySuffix;
      }
    }
    return "Faker.word()";
  }

  /** The value of an integer between the schema's bounds, or a range its name suggests. */
  static String integer(String name, BigDecimal minimum, BigDecimal maximum) {
    long[] range = integerRange(key(name), name == null ? "" : name);
    long low =
        minimum != null
            ? clampToLong(minimum.setScale(0, java.math.RoundingMode.CEILING))
            : range[0];
    long high =
        maximum != null ? clampToLong(maximum.setScale(0, java.math.RoundingMode.FLOOR)) : range[1];
    if (minimum != null && maximum == null && high < low) {
      high = low + range[1] - range[0];
    } else if (maximum != null && minimum == null && low > high) {
      low = high - (range[1] - range[0]);
    }
    return "Faker.random_int(" + low + ", " + high + ")";
  }

  /** A decimal between the schema's bounds, or in a range its name suggests, with 2 decimals. */
  static String number(String name, BigDecimal minimum, BigDecimal maximum) {
    String key = key(name);
    double[] range = numberRange(key);
    double low = minimum != null ? minimum.doubleValue() : range[0];
    double high = maximum != null ? maximum.doubleValue() : Math.max(range[1], low);
    int digits = key.startsWith("lat") || key.startsWith("lon") || key.equals("lng") ? 6 : 2;
    return "Faker.pyfloat(" + decimal(low) + ", " + decimal(high) + ", " + digits + ")";
  }

  private static long[] integerRange(String key, String name) {
    return switch (key) {
      case "age" -> new long[] {18, 90};
      case "year" -> new long[] {1990, 2030};
      case "port" -> new long[] {1024, 65535};
      case "page" -> new long[] {1, 10};
      case "limit", "pagesize", "perpage", "size" -> new long[] {10, 100};
      case "count", "quantity", "qty", "total", "stock" -> new long[] {0, 100};
      case "rating", "stars" -> new long[] {1, 5};
      case "price", "amount", "cost" -> new long[] {1, 1000};
      default ->
          key.equals("id") || name.endsWith("Id") || name.endsWith("_id")
              ? new long[] {1, 100000}
              : new long[] {0, 1000};
    };
  }

  private static double[] numberRange(String key) {
    if (key.startsWith("lat")) {
      return new double[] {-90, 90};
    }
    if (key.startsWith("lon") || key.equals("lng")) {
      return new double[] {-180, 180};
    }
    return switch (key) {
      case "rating", "score" -> new double[] {0, 5};
      case "percent", "percentage", "rate", "discount" -> new double[] {0, 100};
      case "weight", "height", "width", "length", "depth" -> new double[] {0.1, 100};
      default -> new double[] {1, 1000};
    };
  }

  private static String decimal(double value) {
    String text = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    return text.contains(".") ? text : text + ".0";
  }

  private static long clampToLong(BigDecimal value) {
    if (value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      return Long.MAX_VALUE;
    }
    if (value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
      return Long.MIN_VALUE;
    }
    return value.longValue();
  }

  private static List<String> words(String name) {
    if (name == null || name.isEmpty()) {
      return List.of();
    }
    return WORD_BREAK
        .splitAsStream(name)
        .filter(word -> !word.isEmpty())
        .map(word -> word.toLowerCase(Locale.ROOT))
        .toList();
  }

  private static String key(String name) {
    return name == null ? "" : name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
  }
}
