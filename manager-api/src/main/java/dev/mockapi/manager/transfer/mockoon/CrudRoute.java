package dev.mockapi.manager.transfer.mockoon;

import dev.mockapi.manager.state.CollectionNames;
import dev.mockapi.manager.transfer.JsonUpload;
import dev.mockapi.manager.transfer.ProjectDocument.CollectionPart;
import dev.mockapi.manager.transfer.ProjectDocument.EndpointPart;
import dev.mockapi.manager.transfer.Reports;
import dev.mockapi.manager.web.MalformedImportException;
import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.ResponseSpec;
import dev.mockapi.model.StateAction;
import dev.mockapi.model.StateBinding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A Mockoon route of type {@code crud} as a state collection named after the route's path ({@code
 * todos}, {@code api/todos} is {@code api_todos}) and the six endpoints of a stateful resource:
 * list and create on the path, get, replace, patch and delete on {@code path/{id}}. The collection
 * is seeded from the route's data bucket, a JSON array of objects.
 *
 * @param endpoints the endpoints bound to the collection
 * @param collection the collection with its seed items
 */
record CrudRoute(List<EndpointPart> endpoints, CollectionPart collection) {

  /** The resource of {@code route}, or null (reported) when it cannot be one. */
  static CrudRoute of(JsonNode route, String pointer, Environment environment, Reports reports) {
    String path = HttpRoute.path(route, pointer, environment, reports);
    if (path == null) {
      return null;
    }
    if (path.contains("{id}") || path.endsWith("*")) {
      reports.add(
          pointer + "/endpoint",
          "a CRUD path with an {id} parameter or a wildcard cannot hold the items' {id}: left out");
      return null;
    }
    String name = collectionName(route.path("endpoint").asString(""));
    if (!CollectionNames.isValid(name)) {
      reports.add(pointer + "/endpoint", "no collection can be named after this path: left out");
      return null;
    }
    RouteResponse response = RouteResponse.chosen(route, pointer, reports);
    notKept(path, name, response, pointer, reports);
    Map<String, String> headers = response.headers(environment, reports);
    ChaosSpec chaos = response.chaos(environment);
    List<EndpointPart> endpoints =
        List.of(
            endpoint("GET", path, name, StateAction.LIST, headers, chaos),
            endpoint("POST", path, name, StateAction.CREATE, headers, chaos),
            endpoint("GET", path + "/{id}", name, StateAction.GET, headers, chaos),
            endpoint("PUT", path + "/{id}", name, StateAction.REPLACE, headers, chaos),
            endpoint("PATCH", path + "/{id}", name, StateAction.PATCH, headers, chaos),
            endpoint("DELETE", path + "/{id}", name, StateAction.DELETE, headers, chaos));
    return new CrudRoute(
        endpoints, new CollectionPart(name, items(response, environment, reports)));
  }

  /**
   * {@code todos} for {@code todos}, {@code api_todos} for {@code /api/todos}, parameters left out.
   */
  private static String collectionName(String endpoint) {
    return endpoint
        .replaceAll(":[^/]*", "")
        .replaceAll("/+", "/")
        .replaceAll("^/|/$", "")
        .replaceAll("[^A-Za-z0-9_-]", "_");
  }

  /** Reports what of a CRUD route its stateful endpoints do not do. */
  private static void notKept(
      String path, String name, RouteResponse response, String pointer, Reports reports) {
    if (path.contains("{")) {
      reports.add(
          pointer + "/endpoint",
          "the path's parameters do not scope the items: one collection " + name + " for all");
    }
    String key = response.node().path("crudKey").asString("id");
    if (!key.equals("id")) {
      reports.add(
          response.pointer() + "/crudKey",
          "items are addressed by their id: the key " + key + " is not");
    }
    reports.add(
        pointer,
        "PUT and DELETE on " + path + " itself (replace or remove every item) have no equivalent");
  }

  private static EndpointPart endpoint(
      String method,
      String path,
      String collection,
      StateAction action,
      Map<String, String> headers,
      ChaosSpec chaos) {
    String verb = action.name().charAt(0) + action.name().substring(1).toLowerCase(Locale.ROOT);
    return new EndpointPart(
        method,
        path,
        verb + " " + collection + " (Mockoon CRUD route)",
        true,
        null,
        new ResponseSpec(200, headers, ""),
        chaos,
        new StateBinding(collection, action));
  }

  /** The seed items: the objects of the route's data bucket, numbered 1..n. */
  private static List<String> items(
      RouteResponse response, Environment environment, Reports reports) {
    String id = response.node().path("databucketID").asString("");
    if (id.isEmpty()) {
      return List.of();
    }
    Environment.Bucket bucket = environment.buckets().get(id);
    if (bucket == null) {
      reports.add(
          response.pointer() + "/databucketID",
          "the data bucket " + id + " is not in the environment: the collection starts empty");
      return List.of();
    }
    if (bucket.value().contains("{{")) {
      reports.add(
          bucket.pointer(),
          "a data bucket generated by a template is not generated here: the collection starts"
              + " empty");
      return List.of();
    }
    JsonNode value;
    try {
      value = JsonUpload.read(bucket.value().getBytes(StandardCharsets.UTF_8), bucket.pointer());
    } catch (MalformedImportException e) {
      reports.add(bucket.pointer(), "not valid JSON: the collection starts empty");
      return List.of();
    }
    if (!value.isArray()) {
      reports.add(bucket.pointer(), "not a JSON array of items: the collection starts empty");
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      if (!item.isObject()) {
        reports.add(bucket.pointer(), "item " + i + " is not an object: left out");
        continue;
      }
      JsonNode itemId = item.path("id");
      if (!itemId.isMissingNode() && !itemId.asString().equals(String.valueOf(items.size() + 1))) {
        reports.add(
            bucket.pointer(),
            "item "
                + i
                + " is numbered "
                + (items.size() + 1)
                + " as every seed item is: its id "
                + itemId
                + " is not kept");
      }
      items.add(JsonUpload.compact(item));
    }
    return items;
  }
}
