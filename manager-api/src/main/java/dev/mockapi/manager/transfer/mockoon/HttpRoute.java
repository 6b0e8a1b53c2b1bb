package dev.mockapi.manager.transfer.mockoon;

import dev.mockapi.manager.transfer.Descriptions;
import dev.mockapi.manager.transfer.ProjectDocument.EndpointPart;
import dev.mockapi.manager.transfer.Reports;
import dev.mockapi.model.HttpMethods;
import tools.jackson.databind.JsonNode;

/** A Mockoon route of type {@code http} as one endpoint answering its default response. */
final class HttpRoute {

  private HttpRoute() {}

  /** The endpoint of {@code route}, or null (reported) when it cannot be one. */
  static EndpointPart of(JsonNode route, String pointer, Environment environment, Reports reports) {
    String written = route.path("method").asString("get");
    String method =
        written.equalsIgnoreCase("all") ? HttpMethods.ANY : HttpMethods.normalise(written);
    if (method == null) {
      reports.add(
          pointer + "/method",
          "the method " + written + " has no equivalent endpoint: the route is left out");
      return null;
    }
    String path = path(route, pointer, environment, reports);
    if (path == null) {
      return null;
    }
    RouteResponse response = RouteResponse.chosen(route, pointer, reports);
    return new EndpointPart(
        method,
        path,
        Descriptions.of(route.path("documentation").asString(null)),
        true,
        null,
        response.spec(environment, reports),
        response.chaos(environment),
        null);
  }

  /** The endpoint path of a route, or null (reported) when it uses Express syntax. */
  static String path(JsonNode route, String pointer, Environment environment, Reports reports) {
    String endpoint = route.path("endpoint").asString("");
    RoutePath path = RoutePath.of(environment.prefix(), endpoint);
    if (path == null) {
      reports.add(
          pointer + "/endpoint",
          "the path "
              + endpoint
              + " uses Express syntax an endpoint path has no equivalent of (optional or repeated"
              + " parameters, groups, partial wildcards): the route is left out");
      return null;
    }
    if (path.narrowed()) {
      reports.add(
          pointer + "/endpoint",
          "translated as " + path.path() + ": a * inside the path matches one segment only");
    }
    return path.path();
  }
}
