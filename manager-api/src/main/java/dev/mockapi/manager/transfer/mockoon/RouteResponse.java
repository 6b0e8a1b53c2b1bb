package dev.mockapi.manager.transfer.mockoon;

import dev.mockapi.manager.transfer.ForeignTemplates;
import dev.mockapi.manager.transfer.Reports;
import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.DelaySpec;
import dev.mockapi.model.EndpointLimits;
import dev.mockapi.model.ResponseSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The response of a Mockoon route an endpoint answers: the default one ({@code default: true}),
 * else the first. An endpoint has one response: the route's others, its {@code responseMode} and
 * the chosen one's {@code rules} are reported.
 *
 * @param node the chosen response, or a missing node when the route has none
 * @param pointer its pointer ({@code /routes/0/responses/1})
 */
record RouteResponse(JsonNode node, String pointer) {

  static RouteResponse chosen(JsonNode route, String routePointer, Reports reports) {
    JsonNode responses = route.path("responses");
    int chosen = 0;
    for (int i = responses.size() - 1; i >= 0; i--) {
      if (responses.get(i).path("default").asBoolean(false)) {
        chosen = i;
      }
    }
    others(route, chosen, routePointer, reports);
    String pointer = routePointer + "/responses/" + chosen;
    if (responses.isEmpty()) {
      return new RouteResponse(MissingNode.getInstance(), pointer);
    }
    RouteResponse response = new RouteResponse(responses.get(chosen), pointer);
    response.notMatched(reports);
    return response;
  }

  /** Reports the responses of a route other than the chosen one, and how it chose among them. */
  private static void others(JsonNode route, int chosen, String routePointer, Reports reports) {
    JsonNode responses = route.path("responses");
    for (int i = 0; i < responses.size(); i++) {
      if (i != chosen) {
        String label = responses.get(i).path("label").asString("");
        reports.add(
            routePointer + "/responses/" + i,
            "another response"
                + (label.isBlank() ? "" : " (" + label + ")")
                + " is not translated: an endpoint has one response, the default");
      }
    }
    JsonNode mode = route.path("responseMode");
    if (!mode.isNull() && !mode.isMissingNode()) {
      reports.add(
          routePointer + "/responseMode",
          "the response mode "
              + mode.asString()
              + " has no equivalent: the endpoint always answers the default response");
    }
  }

  /**
   * Reports what of this response decides when or whether it is sent: an endpoint always sends it.
   */
  private void notMatched(Reports reports) {
    if (!node.path("rules").isEmpty()) {
      reports.add(
          pointer + "/rules",
          "the response's rules are not matched: the endpoint answers it to every request");
    }
    if (node.path("fallbackTo404").asBoolean(false)) {
      reports.add(pointer + "/fallbackTo404", "a fallback to 404 has no equivalent");
    }
    if (!node.path("callbacks").isEmpty()) {
      reports.add(pointer + "/callbacks", "callbacks have no equivalent: a mock never calls out");
    }
  }

  /** The headers: the environment's, overridden by the response's own. */
  Map<String, String> headers(Environment environment, Reports reports) {
    Map<String, String> headers = new LinkedHashMap<>();
    Map<String, String> own =
        Environment.headers(node.path("headers"), pointer + "/headers", reports);
    environment
        .headers()
        .forEach(
            (name, value) -> {
              if (own.keySet().stream().noneMatch(key -> key.equalsIgnoreCase(name))) {
                headers.put(name, value);
              }
            });
    headers.putAll(own);
    Map<String, String> templates = new LinkedHashMap<>();
    headers.forEach(
        (name, value) -> {
          String template = template(value, pointer + "/headers", reports);
          if (templates.size() >= EndpointLimits.MAX_HEADERS
              || !ForeignTemplates.isHeaderValue(template)) {
            reports.add(pointer + "/headers", "the header " + name + " cannot be sent: left out");
          } else {
            templates.put(name, template);
          }
        });
    return templates;
  }

  /** The answer of an http route: status, headers, body. */
  ResponseSpec spec(Environment environment, Reports reports) {
    Map<String, String> headers = headers(environment, reports);
    String body = body(environment, reports);
    String template = template(body, pointer + "/body", reports);
    String checked = ForeignTemplates.body(template, body, headers, reports, pointer + "/body");
    return new ResponseSpec(node.path("statusCode").asInt(200), headers, checked);
  }

  /** The latency of the response and the environment, or null for none. */
  ChaosSpec chaos(Environment environment) {
    long latency = Math.max(0, node.path("latency").asLong(0)) + environment.latency();
    return latency == 0
        ? null
        : new ChaosSpec(
            new DelaySpec.Fixed(Math.min(latency, DelaySpec.MAX_MS)), 0.0, null, null, null);
  }

  private String body(Environment environment, Reports reports) {
    String type = node.path("bodyType").asString("INLINE");
    return switch (type) {
      case "FILE" -> {
        reports.add(
            pointer + "/filePath",
            "the body file "
                + node.path("filePath").asString("")
                + " is on the machine Mockoon ran on, not in the upload: the body is empty");
        yield "";
      }
      case "DATABUCKET" -> {
        Environment.Bucket bucket =
            environment.buckets().get(node.path("databucketID").asString(""));
        if (bucket == null) {
          reports.add(
              pointer + "/databucketID",
              "the data bucket "
                  + node.path("databucketID").asString("")
                  + " is not in the"
                  + " environment: the body is empty");
          yield "";
        }
        yield bucket.value();
      }
      default -> node.path("body").asString("");
    };
  }

  private String template(String text, String at, Reports reports) {
    if (node.path("disableTemplating").asBoolean(false)) {
      return ForeignTemplates.literal(text);
    }
    return ForeignTemplates.rewrite(text, MockoonHelpers.INSTANCE, reports, at);
  }
}
