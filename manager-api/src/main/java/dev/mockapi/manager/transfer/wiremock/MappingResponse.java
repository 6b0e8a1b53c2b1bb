package dev.mockapi.manager.transfer.wiremock;

import dev.mockapi.manager.transfer.ForeignTemplates;
import dev.mockapi.manager.transfer.JsonUpload;
import dev.mockapi.manager.transfer.Reports;
import dev.mockapi.model.EndpointLimits;
import dev.mockapi.model.PathPattern;
import dev.mockapi.model.ResponseSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The answer of a mapping's {@code response}: status, headers and body. With the {@code
 * response-template} transformer the body and header values are rewritten into MockAPI templates
 * (see {@link WireMockHelpers}); without it they are sent as written, a {@code {{} included.
 */
final class MappingResponse {

  private static final String TEMPLATING = "response-template";
  private static final Set<String> READ =
      Set.of(
          "status",
          "headers",
          "body",
          "jsonBody",
          "base64Body",
          "bodyFileName",
          "fixedDelayMilliseconds",
          "delayDistribution",
          "chunkedDribbleDelay",
          "fault",
          "transformers");

  private final Reports reports;
  private final ForeignTemplates.Helpers helpers;

  MappingResponse(PathPattern path, Reports reports) {
    this.reports = reports;
    this.helpers = new WireMockHelpers(path);
  }

  /** The answer, or null (reported) for a proxy mapping, which has none of its own. */
  ResponseSpec of(JsonNode response, Map<String, byte[]> bodyFiles) {
    if (response.has("proxyBaseUrl")) {
      reports.add(
          "/response/proxyBaseUrl",
          "proxying to another server has no equivalent: the mapping is left out");
      return null;
    }
    boolean templated = transformers(response.path("transformers"));
    response
        .propertyNames()
        .forEach(
            name -> {
              if (!READ.contains(name)) {
                reports.add("/response/" + name, notRead(name));
              }
            });
    Map<String, String> headers = headers(response.path("headers"), templated);
    MappingBody body = MappingBody.of(response, bodyFiles, reports);
    String template = templated ? rewrite(body.text(), body.pointer()) : literal(body.text());
    String checked = ForeignTemplates.body(template, body.text(), headers, reports, body.pointer());
    return new ResponseSpec(response.path("status").asInt(200), headers, checked);
  }

  private static String notRead(String name) {
    return switch (name) {
      case "statusMessage" -> "a custom reason phrase is not sent: the status's own is";
      case "transformerParameters" -> "transformer parameters have no equivalent: not read";
      default -> "a response field this import does not know: not translated";
    };
  }

  private boolean transformers(JsonNode transformers) {
    boolean templated = false;
    for (int i = 0; i < transformers.size(); i++) {
      String name = transformers.get(i).asString("");
      if (name.equals(TEMPLATING)) {
        templated = true;
      } else {
        reports.add(
            "/response/transformers/" + i,
            "the transformer " + name + " has no equivalent: the response is not transformed");
      }
    }
    return templated;
  }

  private Map<String, String> headers(JsonNode node, boolean templated) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (var entry : node.properties()) {
      String name = entry.getKey();
      String pointer = "/response/headers/" + JsonUpload.token(name);
      JsonNode value = entry.getValue();
      if (value.isArray() && value.size() > 1) {
        reports.add(pointer, "several values: an endpoint sends one, the first");
      }
      String text = value.isArray() ? value.path(0).asString("") : value.asString("");
      if (headers.size() >= EndpointLimits.MAX_HEADERS) {
        reports.add(pointer, "more headers than an endpoint holds: left out");
        continue;
      }
      String template = templated ? rewrite(text, pointer) : literal(text);
      if (!ForeignTemplates.isHeaderValue(template)) {
        reports.add(pointer, "the value cannot be a header template: left out");
        continue;
      }
      headers.put(name, template);
    }
    return headers;
  }

  private String rewrite(String text, String pointer) {
    return ForeignTemplates.rewrite(text, helpers, reports, pointer);
  }

  private static String literal(String text) {
    return ForeignTemplates.literal(text);
  }
}
