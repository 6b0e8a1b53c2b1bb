package dev.mockapi.engine.state;

import dev.mockapi.model.ProblemType;
import dev.mockapi.model.RedisFull;
import dev.mockapi.model.StateBinding;
import dev.mockapi.model.state.CollectionRef;
import dev.mockapi.model.state.CollectionStore;
import dev.mockapi.model.state.InvalidListQueryException;
import dev.mockapi.model.state.ListQuery;
import dev.mockapi.model.state.StateRefusedException;
import io.lettuce.core.RedisException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the state action of a stateful endpoint on its collection (DESIGN section 8); {@link
 * StateConfig} makes the one the engine serves with.
 */
public class StateActions {

  private static final Logger log = LoggerFactory.getLogger(StateActions.class);
  private static final int REPLACE_ATTEMPTS = 8;

  private final CollectionStore store;
  private final Duration timeout;
  private final Items items;
  private final CollectionLists lists;
  private final int listDefaultLimit;

  /**
   * @param timeout how long one action may take at the most, whatever the store does
   * @param listDefaultLimit the most items a list request without a window gets
   * @param listQueryTime how long the filters and search of one list request may run
   */
  StateActions(
      CollectionStore store,
      JsonMapper json,
      Duration timeout,
      int listDefaultLimit,
      Duration listQueryTime) {
    this.store = store;
    this.timeout = timeout;
    this.items = new Items(json);
    this.lists = new CollectionLists(store, json, listQueryTime);
    this.listDefaultLimit = listDefaultLimit;
  }

  /**
   * One stateful call.
   *
   * @param id the {@code {id}} path parameter, null when the path has none
   * @param query the query parameters, in order, with every value
   * @param url the request URL as the client sent it, for {@code Link} headers
   */
  public record Call(
      String projectKey,
      StateBinding binding,
      String id,
      Map<String, List<String>> query,
      String body,
      String url) {}

  /**
   * The outcome of the call's action; fails with a {@link StateException} the client should see.
   */
  public Mono<StateOutcome> apply(Call call) {
    CollectionRef collection = new CollectionRef(call.projectKey(), call.binding().collection());
    return Mono.defer(() -> Mono.fromFuture(run(call, collection)))
        .timeout(timeout)
        .onErrorMap(error -> translate(unwrap(error), call));
  }

  private CompletableFuture<StateOutcome> run(Call call, CollectionRef collection) {
    return switch (call.binding().action()) {
      case LIST ->
          lists.list(collection, ListQuery.parse(call.query(), listDefaultLimit), call.url());
      case GET ->
          store
              .get(collection, id(call))
              .thenApply(item -> StateOutcome.item(found(item, collection, call.id())));
      case CREATE -> create(collection, items.object(call.body()));
      case REPLACE -> update(collection, id(call), items.object(call.body()), false, 1);
      case PATCH -> update(collection, id(call), items.object(call.body()), true, 1);
      case DELETE ->
          store
              .delete(collection, id(call))
              .thenApply(item -> StateOutcome.item(found(item, collection, call.id())));
      case RESET ->
          store
              .reset(collection)
              .thenApply(
                  removed ->
                      StateOutcome.item(
                          "{\"collection\":\""
                              + collection.name()
                              + "\",\"removed\":"
                              + removed
                              + "}"));
    };
  }

  private CompletableFuture<StateOutcome> create(CollectionRef collection, ObjectNode item) {
    String givenId = Items.givenId(item);
    CompletableFuture<CollectionStore.Item> created;
    if (givenId != null) {
      created = store.create(collection, givenId, items.text(item), "");
    } else {
      String[] around = items.aroundAssignedId(item);
      created = store.create(collection, null, around[0], around[1]);
    }
    return created.thenApply(stored -> StateOutcome.item(stored.json()));
  }

  /** Read, change, compare-and-set; another write in between makes it read again. */
  private CompletableFuture<StateOutcome> update(
      CollectionRef collection, String id, ObjectNode body, boolean patch, int attempt) {
    return store
        .get(collection, id)
        .thenCompose(
            current -> {
              String expected = found(current, collection, id);
              ObjectNode stored = items.parseStored(expected);
              ObjectNode updated = patch ? stored.deepCopy() : body.deepCopy();
              if (patch) {
                Items.mergePatch(updated, body);
              }
              updated.set(
                  Items.ID, stored.has(Items.ID) ? stored.get(Items.ID) : updated.stringNode(id));
              String text = items.text(updated);
              return store
                  .replace(collection, id, expected, text)
                  .thenCompose(
                      replaced ->
                          switch (replaced) {
                            case REPLACED ->
                                CompletableFuture.completedFuture(StateOutcome.item(text));
                            case MISSING -> throw notFound(collection, id);
                            case CHANGED ->
                                attempt < REPLACE_ATTEMPTS
                                    ? update(collection, id, body, patch, attempt + 1)
                                    : CompletableFuture.failedFuture(
                                        new StateException(
                                            ProblemType.CONCURRENT_UPDATE,
                                            "Item '" + id + "' kept changing; try again"));
                          });
            });
  }

  private static String id(Call call) {
    if (call.id() == null) {
      throw new StateException(ProblemType.MISSING_ID, "This endpoint's path has no {id} segment");
    }
    return call.id();
  }

  private static String found(String item, CollectionRef collection, String id) {
    if (item == null) {
      throw notFound(collection, id);
    }
    return item;
  }

  private static StateException notFound(CollectionRef collection, String id) {
    return new StateException(
        ProblemType.ITEM_NOT_FOUND,
        "No item with id '" + id + "' in collection '" + collection.name() + "'");
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }

  /** What the client should see of a failure; anything that is not about state is left as is. */
  private static Throwable translate(Throwable error, Call call) {
    return switch (error) {
      case StateException known -> known;
      case InvalidListQueryException query ->
          new StateException(ProblemType.INVALID_QUERY, query.getMessage());
      case StateRefusedException refused -> refused(refused);
      case RedisException full when RedisFull.is(full) -> storageFull();
      case RedisException redis -> unavailable(redis, call);
      case DataAccessException noConnection -> unavailable(noConnection, call);
      case TimeoutException late -> unavailable(late, call);
      default -> error;
    };
  }

  private static StateException storageFull() {
    return new StateException(
        ProblemType.STORAGE_FULL,
        "The state store (Redis) is full and refuses writes; reads and mocks without state keep"
            + " answering. Delete or reset collections, or give Redis more memory.");
  }

  private static StateException unavailable(Exception error, Call call) {
    log.debug("State action on '{}' failed", call.binding().collection(), error);
    return new StateException(
        ProblemType.STATE_UNAVAILABLE,
        "The state store (Redis) cannot be reached; stateful endpoints answer again as soon"
            + " as it is back");
  }

  private static StateException refused(StateRefusedException refused) {
    return new StateException(refused.reason().problem(), refused.getMessage());
  }
}
