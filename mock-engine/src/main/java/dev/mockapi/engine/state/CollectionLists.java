package dev.mockapi.engine.state;

import dev.mockapi.model.state.CollectionRef;
import dev.mockapi.model.state.CollectionStore;
import dev.mockapi.model.state.ListQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lists a collection the json-server way. Without search, filters or sort only the requested window
 * is read from Redis, as stored text; otherwise every item is read and parsed.
 */
final class CollectionLists {

  private final CollectionStore store;
  private final JsonMapper json;
  private final Duration listQueryTime;

  CollectionLists(CollectionStore store, JsonMapper json, Duration listQueryTime) {
    this.store = store;
    this.json = json;
    this.listQueryTime = listQueryTime;
  }

  CompletableFuture<StateOutcome> list(CollectionRef collection, ListQuery query, String url) {
    if (!query.needsAllItems()) {
      ListQuery.Bounds bounds = query.bounds();
      return store
          .window(collection, bounds.from(), bounds.to())
          .thenApply(
              window -> outcome(query.slice(window.total()), window.total(), window.items(), url));
    }
    return store
        .window(collection, null, null)
        .thenApply(
            window -> {
              List<JsonNode> parsed = new ArrayList<>(window.items().size());
              for (String item : window.items()) {
                parsed.add(json.readTree(item));
              }
              List<JsonNode> kept = query.filterAndSort(parsed, listQueryTime);
              ListQuery.Slice slice = query.slice(kept.size());
              List<String> texts = new ArrayList<>(slice.to() - slice.from());
              for (JsonNode item : kept.subList(slice.from(), slice.to())) {
                texts.add(json.writeValueAsString(item));
              }
              return outcome(slice, kept.size(), texts, url);
            });
  }

  /**
   * @param slice the slice of the whole (filtered) list
   * @param total the size of the whole (filtered) list
   * @param items the items of that slice, as JSON text
   */
  private static StateOutcome outcome(
      ListQuery.Slice slice, int total, List<String> items, String url) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (slice.counted()) {
      headers.put("X-Total-Count", Integer.toString(total));
      headers.put("Access-Control-Expose-Headers", slice.exposeHeaders());
      String links = slice.page() == null ? null : slice.page().linkHeader(url);
      if (links != null) {
        headers.put("Link", links);
      }
    }
    return new StateOutcome("[" + String.join(",", items) + "]", true, total, headers);
  }
}
