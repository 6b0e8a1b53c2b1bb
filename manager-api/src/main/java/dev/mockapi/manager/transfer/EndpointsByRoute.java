package dev.mockapi.manager.transfer;

import dev.mockapi.manager.transfer.ProjectDocument.EndpointPart;
import dev.mockapi.model.PathPattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The endpoints a translator made, one a route: of two on the same method and route ({@code
 * /a/{id}} and {@code /a/{name}} are one route) the first is kept and the other reported, as an
 * import would otherwise refuse the pair.
 */
public final class EndpointsByRoute {

  private final List<EndpointPart> endpoints = new ArrayList<>();
  private final Map<String, String> locations = new HashMap<>();

  /**
   * Keeps {@code endpoint} unless its route is taken, which is reported at {@code pointer}.
   *
   * @param endpoint an endpoint whose path is a valid pattern
   */
  public void add(EndpointPart endpoint, Reports reports, String pointer) {
    String route = endpoint.method() + " " + PathPattern.parse(endpoint.path()).routeKey();
    String earlier = locations.putIfAbsent(route, reports.location(pointer));
    if (earlier == null) {
      endpoints.add(endpoint);
      return;
    }
    reports.add(
        pointer,
        endpoint.method()
            + " "
            + endpoint.path()
            + " is the same route as "
            + earlier
            + ": left out, that one is kept");
  }

  public List<EndpointPart> endpoints() {
    return List.copyOf(endpoints);
  }
}
