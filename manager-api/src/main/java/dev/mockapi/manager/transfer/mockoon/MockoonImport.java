package dev.mockapi.manager.transfer.mockoon;

import dev.mockapi.manager.transfer.DocumentTranslator;
import dev.mockapi.manager.transfer.EndpointsByRoute;
import dev.mockapi.manager.transfer.JsonUpload;
import dev.mockapi.manager.transfer.ProjectDocument;
import dev.mockapi.manager.transfer.ProjectDocument.CollectionPart;
import dev.mockapi.manager.transfer.ProjectDocument.EndpointPart;
import dev.mockapi.manager.transfer.Reports;
import dev.mockapi.manager.transfer.Translation;
import dev.mockapi.manager.transfer.Translation.Untranslated;
import dev.mockapi.manager.web.MalformedImportException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Translates a Mockoon environment (its JSON export): each {@code http} route becomes an endpoint
 * answering its default response, each {@code crud} route a seeded collection with its six stateful
 * endpoints. Folders only group routes: every route is read. Of two routes on the same route of an
 * endpoint the first is kept.
 */
@Component
public class MockoonImport implements DocumentTranslator {

  @Override
  public Translation translate(byte[] input) {
    JsonNode environment = JsonUpload.read(input, null);
    if (!environment.isObject() || !environment.path("routes").isArray()) {
      throw new MalformedImportException(
          environment.isObject() ? "/routes" : "/",
          "This is not a Mockoon environment: it is a JSON object with a routes array.");
    }
    List<Untranslated> untranslated = new ArrayList<>();
    Reports reports = new Reports(untranslated);
    environmentLevel(environment, reports);
    Environment shared = Environment.of(environment, reports);
    EndpointsByRoute endpoints = new EndpointsByRoute();
    Map<String, CollectionPart> collections = new LinkedHashMap<>();
    JsonNode routes = environment.get("routes");
    for (int i = 0; i < routes.size(); i++) {
      String pointer = "/routes/" + i;
      JsonNode route = routes.get(i);
      switch (route.path("type").asString("http")) {
        case "http" -> {
          EndpointPart endpoint = HttpRoute.of(route, pointer, shared, reports);
          if (endpoint != null) {
            endpoints.add(endpoint, reports, pointer);
          }
        }
        case "crud" ->
            crud(
                CrudRoute.of(route, pointer, shared, reports),
                pointer,
                reports,
                endpoints,
                collections);
        case "ws" ->
            reports.add(pointer, "WebSocket routes have no equivalent: the route is left out");
        default ->
            reports.add(
                pointer + "/type",
                "a route of type " + route.path("type").asString() + " is not translated");
      }
    }
    ProjectDocument document =
        new ProjectDocument(
            ProjectDocument.CURRENT_VERSION,
            null,
            endpoints.endpoints(),
            List.copyOf(collections.values()));
    return new Translation(document, untranslated);
  }

  private static void crud(
      CrudRoute crud,
      String pointer,
      Reports reports,
      EndpointsByRoute endpoints,
      Map<String, CollectionPart> collections) {
    if (crud == null) {
      return;
    }
    if (collections.putIfAbsent(crud.collection().name(), crud.collection()) != null) {
      reports.add(
          pointer,
          "a second CRUD route of the collection " + crud.collection().name() + ": left out");
      return;
    }
    crud.endpoints().forEach(endpoint -> endpoints.add(endpoint, reports, pointer));
  }

  /** Reports what of the environment itself an import does not take. */
  private static void environmentLevel(JsonNode environment, Reports reports) {
    if (environment.path("proxyMode").asBoolean(false)) {
      reports.add(
          "/proxyMode",
          "proxying unmatched calls has no equivalent: a call no endpoint matches answers 404");
    }
    if (environment.path("cors").asBoolean(false)) {
      reports.add(
          "/cors",
          "Mockoon's automatic CORS answers are not imported: set the project's settings.cors");
    }
    if (environment.path("tlsOptions").path("enabled").asBoolean(false)) {
      reports.add("/tlsOptions", "TLS options are not imported: the mock engine serves TLS itself");
    }
    if (!environment.path("callbacks").isEmpty()) {
      reports.add("/callbacks", "callbacks have no equivalent: a mock never calls out");
    }
  }
}
