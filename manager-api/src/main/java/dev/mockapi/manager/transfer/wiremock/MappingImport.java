package dev.mockapi.manager.transfer.wiremock;

import dev.mockapi.manager.transfer.Descriptions;
import dev.mockapi.manager.transfer.ProjectDocument.EndpointPart;
import dev.mockapi.manager.transfer.Reports;
import dev.mockapi.model.ResponseSpec;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One WireMock stub mapping as an endpoint: its request's route, its response, its chaos, its
 * {@code name} as the description and its {@code priority} (WireMock's 1 is the highest and 5 the
 * default; an endpoint's higher priority wins, 0 the default: priority {@code p} becomes {@code 5 -
 * p}).
 */
final class MappingImport {

  private static final int DEFAULT_PRIORITY = 5;
  private static final int MAX_PRIORITY = 10_000;

  private MappingImport() {}

  /** The endpoint of {@code mapping}, or null when it has none (reported). */
  static EndpointPart of(JsonNode mapping, Map<String, byte[]> bodyFiles, Reports reports) {
    if (!mapping.isObject()) {
      reports.add("", "a mapping is a JSON object with request and response: left out");
      return null;
    }
    mapping.propertyNames().forEach(name -> field(name, reports));
    MappingRequest request = MappingRequest.of(mapping.path("request"), reports);
    if (request == null) {
      return null;
    }
    JsonNode response = mapping.path("response");
    ResponseSpec answer =
        response.isObject()
            ? new MappingResponse(request.path(), reports).of(response, bodyFiles)
            : ResponseSpec.empty();
    if (answer == null) {
      return null;
    }
    return new EndpointPart(
        request.method(),
        request.path().source(),
        Descriptions.of(mapping.path("name").asString(null)),
        true,
        priority(mapping.path("priority")),
        answer,
        MappingChaos.of(response, reports),
        null);
  }

  private static void field(String name, Reports reports) {
    switch (name) {
      case "request",
          "response",
          "name",
          "priority",
          "id",
          "uuid",
          "persistent",
          "metadata",
          "insertionIndex" -> {}
      case "scenarioName", "requiredScenarioState", "newScenarioState" ->
          reports.add(
              "/" + name,
              "scenarios have no equivalent: the endpoint answers the same in every state");
      case "postServeActions", "serveEventListeners" ->
          reports.add("/" + name, "webhooks and post-serve actions have no equivalent");
      default -> reports.add("/" + name, "a mapping field this import does not know: left out");
    }
  }

  private static Integer priority(JsonNode priority) {
    if (!priority.isNumber()) {
      return null;
    }
    long translated = DEFAULT_PRIORITY - priority.asLong();
    return (int) Math.max(-MAX_PRIORITY, Math.min(MAX_PRIORITY, translated));
  }
}
