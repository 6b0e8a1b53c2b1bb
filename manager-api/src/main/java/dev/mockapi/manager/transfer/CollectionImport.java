package dev.mockapi.manager.transfer;

import dev.mockapi.manager.endpoint.Change;
import dev.mockapi.manager.state.CollectionNames;
import dev.mockapi.manager.state.SeedItem;
import dev.mockapi.manager.state.StateStore;
import dev.mockapi.manager.web.FieldErrors;
import dev.mockapi.model.state.StateLimits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The collections of a document: checked against the state limits, their items numbered 1..n as
 * every seed is, and compared with the seeds the project holds. Only created and changed
 * collections are seeded: seeding one that is unchanged would throw away its live items for
 * nothing.
 */
final class CollectionImport {

  private final JsonMapper json;

  CollectionImport(JsonMapper json) {
    this.json = json;
  }

  /** Each collection's seed items, in the document's order; a bad one is a 400 naming it. */
  Map<String, List<String>> seeds(
      List<ProjectDocument.CollectionPart> collections, StateLimits limits) {
    FieldErrors errors = new FieldErrors();
    Map<String, List<String>> seeds = new LinkedHashMap<>();
    for (int c = 0; c < collections.size(); c++) {
      ProjectDocument.CollectionPart collection = collections.get(c);
      String field = "collections[" + c + "]";
      if (!errors.check(
              CollectionNames.isValid(collection.name()), field + ".name", CollectionNames.RULE)
          || !errors.check(!seeds.containsKey(collection.name()), field + ".name", "is given twice")
          || !errors.check(
              collection.items().size() <= limits.maxItemsPerCollection(),
              field + ".items",
              "must hold at most "
                  + limits.maxItemsPerCollection()
                  + " items (mockapi.limits.items-per-collection)")) {
        continue;
      }
      seeds.put(collection.name(), numbered(collection.items(), field, errors));
    }
    errors.throwIfAny();
    return seeds;
  }

  private List<String> numbered(List<String> items, String field, FieldErrors errors) {
    return IntStream.range(0, items.size())
        .mapToObj(
            i -> {
              JsonNode item;
              try {
                item = json.readTree(items.get(i));
              } catch (JacksonException e) {
                item = null;
              }
              if (!(item instanceof ObjectNode object)) {
                errors.add(field + ".items[" + i + "]", "must be a JSON object");
                return "";
              }
              return json.writeValueAsString(SeedItem.numbered(json, object, i + 1));
            })
        .toList();
  }

  /** What seeding {@code seeds} does to each collection, given the seeds the project holds. */
  static Map<String, Change> changes(
      Map<String, List<String>> seeds, StateStore state, String projectKey) {
    Map<String, List<String>> held = seeds.isEmpty() ? Map.of() : state.seeds(projectKey);
    Map<String, Change> changes = new LinkedHashMap<>();
    seeds.forEach(
        (name, items) ->
            changes.put(
                name,
                !held.containsKey(name)
                    ? Change.CREATED
                    : held.get(name).equals(items) ? Change.UNCHANGED : Change.CHANGED));
    return changes;
  }
}
