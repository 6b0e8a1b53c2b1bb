package dev.mockapi.manager.transfer.wiremock;

import dev.mockapi.manager.transfer.ForeignTemplates;
import dev.mockapi.manager.transfer.HelperCall;
import dev.mockapi.model.PathPattern;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WireMock's response-template helpers that MockAPI's language has: request values ({@code
 * request.path.id}, {@code request.pathSegments.[1]}, {@code request.query.page}, {@code
 * request.headers.X-Id}, {@code request.method}, {@code request.body}), {@code jsonPath
 * request.body '$.a.b'}, {@code now} with a {@code format}, {@code randomValue type='UUID'},
 * numeric and alphabetic {@code randomValue}s and {@code randomInt} with bounds.
 */
final class WireMockHelpers implements ForeignTemplates.Helpers {

  private static final Pattern SEGMENT =
      Pattern.compile("request\\.(?:pathSegments|path)\\.\\[(\\d+)]");
  private static final Pattern VALUE =
      Pattern.compile("request\\.(path|query|headers)\\.\\[?([A-Za-z0-9_-]+)]?(?:\\.\\[?0]?)?");
  private static final Pattern JSON_PATH =
      Pattern.compile("\\$((?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[\\d+])+)");
  private static final Pattern DATE_FORMAT = Pattern.compile("[yMdHhmsSXZ:./ -]+");
  private static final int MAX_RANDOM_LENGTH = 64;

  private final List<PathPattern.Segment> segments;

  WireMockHelpers(PathPattern path) {
    this.segments = path.segments();
  }

  @Override
  public String translate(String tag) {
    HelperCall call = HelperCall.parse(tag);
    if (call == null) {
      return null;
    }
    if (call.args().isEmpty() && call.hash().isEmpty()) {
      return value(call.name());
    }
    return switch (call.name()) {
      case "jsonPath" -> jsonPath(call);
      case "now" -> now(call);
      case "randomValue" -> randomValue(call);
      case "randomInt" -> randomInt(call);
      default -> null;
    };
  }

  private String value(String name) {
    switch (name) {
      case "request.method", "request.body", "request.path" -> {
        return name;
      }
      case "now" -> {
        return "now";
      }
      default -> {}
    }
    Matcher segment = SEGMENT.matcher(name);
    if (segment.matches()) {
      return segment(Integer.parseInt(segment.group(1)));
    }
    Matcher value = VALUE.matcher(name);
    return value.matches() ? "request." + value.group(1) + "." + value.group(2) : null;
  }

  /** A path segment by index: a parameter's value, or a literal segment as text. */
  private String segment(int index) {
    if (index >= segments.size()) {
      return null;
    }
    return switch (segments.get(index)) {
      case PathPattern.Param param -> "request.path." + param.name();
      default -> null;
    };
  }

  private static String jsonPath(HelperCall call) {
    if (call.args().size() != 2 || !call.args().get(0).equals("request.body")) {
      return null;
    }
    Matcher path = JSON_PATH.matcher(call.args().get(1));
    return path.matches() ? "request.body" + path.group(1) : null;
  }

  private static String now(HelperCall call) {
    String format = call.hash().get("format");
    if (!call.args().isEmpty() || call.hash().size() != 1 || format == null) {
      return null;
    }
    return DATE_FORMAT.matcher(format).matches() ? "now '" + format + "'" : null;
  }

  private static String randomValue(HelperCall call) {
    String type = call.hash().getOrDefault("type", "");
    if (type.equals("UUID") && call.hash().size() == 1) {
      return "uuid";
    }
    int length = length(call.hash().get("length"));
    if (length < 1 || call.hash().size() != 2 || !call.args().isEmpty()) {
      return null;
    }
    return switch (type) {
      case "NUMERIC" -> "Faker.numerify('" + "#".repeat(length) + "')";
      case "ALPHABETIC" -> "Faker.bothify('" + "?".repeat(length) + "')";
      default -> null;
    };
  }

  private static String randomInt(HelperCall call) {
    String lower = call.hash().get("lower");
    String upper = call.hash().get("upper");
    if (lower == null || upper == null || call.hash().size() != 2 || !call.args().isEmpty()) {
      return null;
    }
    return lower.matches("-?\\d{1,9}") && upper.matches("-?\\d{1,9}")
        ? "Faker.random_int(" + lower + ", " + upper + ")"
        : null;
  }

  private static int length(String text) {
    return text != null && text.matches("\\d{1,2}") && Integer.parseInt(text) <= MAX_RANDOM_LENGTH
        ? Integer.parseInt(text)
        : -1;
  }
}
