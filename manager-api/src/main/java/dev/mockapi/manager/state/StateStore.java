package dev.mockapi.manager.state;

import dev.mockapi.manager.project.ProjectRedisData;
import dev.mockapi.manager.web.ApiException;
import dev.mockapi.model.ProblemType;
import dev.mockapi.model.RedisFull;
import dev.mockapi.model.state.CollectionRef;
import dev.mockapi.model.state.CollectionStore;
import dev.mockapi.model.state.StateLimits;
import dev.mockapi.model.state.StateRefusedException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared {@link CollectionStore} as the manager's request threads use it: each call waits at
 * most a fixed time, a refused write answers the problem of its reason (409, or 413 for an item or
 * collection too large) as the engine does, and anything else Redis does wrong (down, slow,
 * failing) is a 503 problem, never a 500.
 */
public final class StateStore implements ProjectRedisData {

  private static final Logger log = LoggerFactory.getLogger(StateStore.class);
  private static final String UNAVAILABLE =
      "The state store (Redis) cannot be reached; try again once it is back";

  private final CollectionStore store;
  private final Duration timeout;

  StateStore(CollectionStore store, Duration timeout) {
    this.store = store;
    this.timeout = timeout;
  }

  public StateLimits limits() {
    return store.limits();
  }

  /**
   * Replaces each collection with its items (JSON objects with ids 1..n, in order) and keeps them
   * as the seed a reset restores, all of them or none. Run it as the last step of a transaction:
   * its failure rolls the transaction back, and its 503 says that nothing was saved.
   */
  public void seed(String projectKey, Map<String, List<String>> collections) {
    await(
        "The state store (Redis) cannot be reached, so the collections could not be seeded and"
            + " nothing was saved; try again once it is back",
        () -> store.seed(projectKey, collections));
  }

  /** The seed items of every collection of the project that has any, by collection name. */
  public Map<String, List<String>> seeds(String projectKey) {
    Map<String, List<String>> seeds = new TreeMap<>();
    for (String name : counts(projectKey).keySet()) {
      List<String> items =
          await(UNAVAILABLE, () -> store.seeded(new CollectionRef(projectKey, name)));
      if (!items.isEmpty()) {
        seeds.put(name, items);
      }
    }
    return seeds;
  }

  Map<String, Long> counts(String projectKey) {
    return await(UNAVAILABLE, () -> store.counts(projectKey));
  }

  CollectionStore.Window window(CollectionRef collection, int from, int to) {
    return await(UNAVAILABLE, () -> store.window(collection, from, to));
  }

  void reset(CollectionRef collection) {
    await(UNAVAILABLE, () -> store.reset(collection));
  }

  @Override
  public String description() {
    return "state";
  }

  @Override
  public void dropProject(String projectKey) {
    await(UNAVAILABLE, () -> store.drop(projectKey));
  }

  private <T> T await(String unavailable, Supplier<CompletableFuture<T>> call) {
    CompletableFuture<T> pending;
    try {
      pending = call.get();
    } catch (RuntimeException noConnection) {
      throw failed(noConnection, unavailable);
    }
    try {
      return pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw failed(e.getCause(), unavailable);
    } catch (TimeoutException e) {
      throw failed(e, unavailable);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failed(e, unavailable);
    }
  }

  private static ApiException failed(Throwable failure, String unavailable) {
    if (failure instanceof StateRefusedException refused) {
      return new ApiException(refused.reason().problem(), refused.getMessage());
    }
    if (RedisFull.is(failure)) {
      return new ApiException(
          ProblemType.STORAGE_FULL,
          "The state store (Redis) is full and refuses writes; delete or reset collections, or"
              + " give Redis more memory.");
    }
    log.warn("State store call failed: {}", failure.toString());
    return new StateUnavailableException(unavailable);
  }
}
