package dev.mockapi.model.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockapi.model.state.CollectionStore.Replaced;
import dev.mockapi.model.state.StateRefusedException.Reason;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CollectionStore} does, run against each of them (Redis, and the in-memory one
 * unit tests use), so they cannot drift apart. Small limits: 3 items a collection, 100 bytes an
 * item, 2 collections a project, 250 bytes a collection.
 */
abstract class CollectionStoreContract {

  static final StateLimits LIMITS = new StateLimits(3, 100, 2, 250);
  static final StateLimits ROOMY = new StateLimits(1_000, 10_000, 10, 1_000_000);

  final String projectKey = UUID.randomUUID().toString();
  CollectionStore store;

  /**
   * A new store with these limits. A test uses one store: the default one, or one with other limits
   * (Redis stores share their data, and the project is dropped through the default one).
   */
  abstract CollectionStore store(StateLimits limits);

  /** Checks that nothing of the project is left where the store keeps it. */
  void assertNothingLeftOf(String projectKey) {}

  @BeforeEach
  void openStore() {
    store = store(LIMITS);
  }

  @AfterEach
  void dropTheProject() {
    store.drop(projectKey).join();
    assertThat(store.counts(projectKey).join()).isEmpty();
    assertNothingLeftOf(projectKey);
  }

  CollectionRef collection(String name) {
    return new CollectionRef(projectKey, name);
  }

  String create(String name) {
    return store.create(collection(name), null, "{\"id\":", "}").join().id();
  }

  static StateRefusedException refused(Runnable action) {
    try {
      action.run();
    } catch (CompletionException e) {
      return (StateRefusedException) e.getCause();
    } catch (StateRefusedException e) {
      return e;
    }
    throw new AssertionError("not refused");
  }

  static Reason refusal(Runnable action) {
    return refused(action).reason();
  }

  /** An item of exactly {@code bytes} bytes of JSON. */
  static String item(String id, int bytes) {
    String head = "{\"id\":\"" + id + "\",\"p\":\"";
    return head + "x".repeat(bytes - head.length() - 2) + "\"}";
  }

  @Test
  void assignedIdsCountFromOneAndCompleteTheItem() {
    CollectionStore.Item first =
        store.create(collection("a"), null, "{\"n\":1,\"id\":", "}").join();
    CollectionStore.Item second = store.create(collection("a"), null, "{\"id\":", "}").join();

    assertThat(first).isEqualTo(new CollectionStore.Item("1", "{\"n\":1,\"id\":1}"));
    assertThat(second.id()).isEqualTo("2");
    assertThat(store.get(collection("a"), "1").join()).isEqualTo("{\"n\":1,\"id\":1}");
    assertThat(store.get(collection("a"), "3").join()).isNull();
  }

  @Test
  void createdItemGetsTheNextIdAfterAGivenNumber() {
    CollectionStore roomy = store(ROOMY);
    CollectionRef a = collection("a");
    List<String> assigned = new ArrayList<>();
    for (String given :
        List.of("7", "5", "abc", "007", "-9", "100000000000000", "99999999999999")) {
      roomy.create(a, given, "{\"id\":\"" + given + "\"}", "").join();
      assigned.add(roomy.create(a, null, "{\"id\":", "}").join().id());
    }

    assertThat(assigned)
        .as("15 digits do not move the counter on, and an assigned id skips a taken one")
        .containsExactly("8", "9", "10", "11", "12", "13", "100000000000001");
  }

  @Test
  void itemsKeepInsertionOrderAndAReplacedItemKeepsItsPlace() {
    CollectionRef a = collection("a");
    store.create(a, "x", "{\"id\":\"x\"}", "").join();
    store.create(a, "y", "{\"id\":\"y\"}", "").join();
    store.create(a, "z", "{\"id\":\"z\"}", "").join();

    store.replace(a, "y", "{\"id\":\"y\"}", "{\"id\":\"y\",\"v\":2}").join();
    store.delete(a, "x").join();
    store.create(a, "x", "{\"id\":\"x\",\"v\":3}", "").join();

    assertThat(store.window(a, null, null).join().items())
        .containsExactly("{\"id\":\"y\",\"v\":2}", "{\"id\":\"z\"}", "{\"id\":\"x\",\"v\":3}");
  }

  @Test
  void aGivenIdTheCollectionHoldsIsRefusedAsADuplicate() {
    store.create(collection("a"), "ada", "{\"id\":\"ada\"}", "").join();

    StateRefusedException refused =
        refused(() -> store.create(collection("a"), "ada", "{\"id\":\"ada\",\"v\":2}", "").join());

    assertThat(refused.reason()).isEqualTo(Reason.DUPLICATE_ID);
    assertThat(refused).hasMessage("An item with id 'ada' already exists in 'a'");
    assertThat(store.get(collection("a"), "ada").join()).isEqualTo("{\"id\":\"ada\"}");
    store.create(collection("b"), "ada", "{\"id\":\"ada\"}", "").join();
  }

  @Test
  void aFullCollectionRefusesTheNextItem() {
    create("a");
    create("a");
    create("a");

    StateRefusedException full = refused(() -> create("a"));
    assertThat(full.reason()).isEqualTo(Reason.COLLECTION_FULL);
    assertThat(full)
        .hasMessage(
            "Collection 'a' holds the maximum of 3 items (mockapi.limits.items-per-collection)");
    assertThat(refusal(() -> store.create(collection("a"), "1", "{\"id\":1}", "").join()))
        .as("a full collection says so before it looks at the id")
        .isEqualTo(Reason.COLLECTION_FULL);
    store.delete(collection("a"), "2").join();
    assertThat(create("a")).isEqualTo("4");
  }

  @Test
  void aProjectRefusesOneCollectionTooMany() {
    create("a");
    create("b");

    StateRefusedException tooMany = refused(() -> create("c"));
    assertThat(tooMany.reason()).isEqualTo(Reason.TOO_MANY_COLLECTIONS);
    assertThat(tooMany)
        .hasMessage(
            "The project holds the maximum of 2 collections"
                + " (mockapi.limits.collections-per-project)");
    assertThat(store.counts(projectKey).join()).isEqualTo(Map.of("a", 1L, "b", 1L));
  }

  @Test
  void anEmptiedCollectionStillCountsAgainstTheProject() {
    create("a");
    create("b");
    store.delete(collection("a"), "1").join();

    assertThat(store.counts(projectKey).join()).isEqualTo(Map.of("a", 0L, "b", 1L));
    assertThat(refusal(() -> create("c"))).isEqualTo(Reason.TOO_MANY_COLLECTIONS);
  }

  @Test
  void anItemOverTheSizeLimitIsRefusedAndNothingIsWritten() {
    String big = "{\"text\":\"" + "é".repeat(60) + "\"}";

    assertThatThrownBy(() -> store.create(collection("a"), "1", big, "").join())
        .hasCauseInstanceOf(StateRefusedException.class)
        .hasMessageContaining("100 bytes");
    assertThat(
            refused(() -> store.create(collection("a"), null, "{\"id\":", "x".repeat(84)).join()))
        .as("an assigned id counts as 16 bytes")
        .hasMessage("Items are limited to 100 bytes of JSON (mockapi.limits.item-size)");
    assertThat(store.counts(projectKey).join()).isEmpty();
    store.create(collection("a"), "1", item("1", 100), "").join();
  }

  @Test
  void aCollectionRefusesWritesThatWouldTakeItOverItsBytes() {
    CollectionRef b = collection("b");
    store.create(b, "1", item("1", 90), "").join();
    store.create(b, "2", item("2", 90), "").join();

    StateRefusedException tooLarge = refused(() -> store.create(b, "3", item("3", 90), "").join());
    assertThat(tooLarge.reason()).isEqualTo(Reason.COLLECTION_TOO_LARGE);
    assertThat(tooLarge)
        .hasMessage(
            "Collection 'b' would hold more than 250 bytes of items"
                + " (mockapi.limits.collection-size)");
    store.create(b, "3", item("3", 70), "").join();
    assertThat(refusal(() -> store.replace(b, "3", item("3", 70), item("3", 71)).join()))
        .isEqualTo(Reason.COLLECTION_TOO_LARGE);
    assertThat(store.get(b, "3").join()).isEqualTo(item("3", 70));

    assertThat(store.replace(b, "1", item("1", 90), item("1", 60)).join())
        .isEqualTo(Replaced.REPLACED);
    store.delete(b, "2").join();
    store.create(b, "4", item("4", 100), "").join();
    assertThat(store.window(b, null, null).join().items()).hasSize(3);
  }

  @Test
  void replaceWritesOnlyOverTheItemAsItWasRead() {
    CollectionRef a = collection("a");
    store.create(a, "1", "{\"id\":1,\"v\":1}", "").join();

    assertThat(store.replace(a, "1", "{\"id\":1,\"v\":0}", "{\"id\":1,\"v\":9}").join())
        .isEqualTo(Replaced.CHANGED);
    assertThat(store.replace(a, "2", "{\"id\":2}", "{\"id\":2,\"v\":9}").join())
        .isEqualTo(Replaced.MISSING);
    assertThat(store.get(a, "1").join()).isEqualTo("{\"id\":1,\"v\":1}");
    assertThat(store.replace(a, "1", "{\"id\":1,\"v\":1}", "{\"id\":1,\"v\":2}").join())
        .isEqualTo(Replaced.REPLACED);
    assertThat(store.get(a, "1").join()).isEqualTo("{\"id\":1,\"v\":2}");
    assertThat(refusal(() -> store.replace(a, "1", "{\"id\":1,\"v\":2}", item("1", 101)).join()))
        .isEqualTo(Reason.ITEM_TOO_LARGE);
    assertThat(store.get(a, "1").join()).isEqualTo("{\"id\":1,\"v\":2}");
  }

  @Test
  void deleteAnswersTheItemOnceAndFreesItsBytes() {
    CollectionRef b = collection("b");
    store.create(b, "1", item("1", 100), "").join();
    store.create(b, "2", item("2", 100), "").join();

    assertThat(store.delete(b, "1").join()).isEqualTo(item("1", 100));
    assertThat(store.delete(b, "1").join()).isNull();
    assertThat(store.get(b, "1").join()).isNull();
    store.create(b, "3", item("3", 100), "").join();
    assertThat(store.window(b, null, null).join().total()).isEqualTo(2);
  }

  @Test
  void windowsSliceLikeJavaScript() {
    CollectionStore roomy = store(ROOMY);
    for (int i = 0; i < 5; i++) {
      roomy.create(collection("w"), null, "{\"id\":", "}").join();
    }

    assertThat(ids(roomy, null, null)).containsExactly(1, 2, 3, 4, 5);
    assertThat(ids(roomy, 1, 3)).containsExactly(2, 3);
    assertThat(ids(roomy, -2, null)).containsExactly(4, 5);
    assertThat(ids(roomy, 0, -1)).containsExactly(1, 2, 3, 4);
    assertThat(ids(roomy, -10, 2)).containsExactly(1, 2);
    assertThat(ids(roomy, 3, 9)).containsExactly(4, 5);
    assertThat(ids(roomy, 4, 2)).isEmpty();
    assertThat(ids(roomy, 10, null)).isEmpty();
    assertThat(roomy.window(collection("w"), 10, null).join().total()).isEqualTo(5);
    assertThat(roomy.window(collection("none"), null, null).join())
        .isEqualTo(new CollectionStore.Window(0, List.of()));
  }

  private List<Integer> ids(CollectionStore roomy, Integer from, Integer to) {
    return roomy.window(collection("w"), from, to).join().items().stream()
        .map(item -> Integer.valueOf(item.replaceAll("\\D", "")))
        .toList();
  }

  @Test
  void windowsFollowTheSameBoundsAsTheListQuery() {
    for (int i = 0; i < 3; i++) {
      create("w");
    }
    List<String> queries =
        List.of(
            "_page=2&_limit=1",
            "_page=0",
            "_start=-2&_end=-1",
            "_start=1&_limit=5",
            "_end=abc",
            "_page=9&_limit=2",
            "_start=2");
    for (String query : queries) {
      ListQuery list = ListQuery.parse(params(query), 1_000);
      ListQuery.Bounds bounds = list.bounds();
      CollectionStore.Window window =
          store.window(collection("w"), bounds.from(), bounds.to()).join();
      ListQuery.Slice slice = list.slice(window.total());
      assertThat(window.items()).as(query).hasSize(slice.to() - slice.from());
      if (!window.items().isEmpty()) {
        assertThat(window.items().getFirst())
            .as(query)
            .isEqualTo("{\"id\":" + (slice.from() + 1) + "}");
      }
    }
  }

  private static Map<String, List<String>> params(String query) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      String[] parts = pair.split("=", 2);
      params.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
    }
    return params;
  }

  @Test
  void aSeedReplacesTheItemsKeyedOneToN() {
    create("s");
    create("s");
    store.seed(projectKey, Map.of("s", List.of("{\"id\":1,\"n\":\"a\"}", "{\"id\":2}"))).join();

    assertThat(store.window(collection("s"), null, null).join().items())
        .containsExactly("{\"id\":1,\"n\":\"a\"}", "{\"id\":2}");
    assertThat(store.get(collection("s"), "1").join()).isEqualTo("{\"id\":1,\"n\":\"a\"}");
    assertThat(create("s")).isEqualTo("3");
  }

  @Test
  void aSeedItemOverTheSizeLimitChangesNothing() {
    assertThat(refusal(() -> store.seed(projectKey, Map.of("s", List.of(item("1", 101)))).join()))
        .isEqualTo(Reason.ITEM_TOO_LARGE);
    assertThat(store.counts(projectKey).join()).isEmpty();
  }

  @Test
  void aSeedOverTheBytesChangesNothing() {
    store.seed(projectKey, Map.of("s", List.of(item("1", 50)))).join();

    assertThat(
            refusal(
                () ->
                    store
                        .seed(
                            projectKey,
                            Map.of("s", List.of(item("1", 90), item("2", 90), item("3", 90))))
                        .join()))
        .isEqualTo(Reason.COLLECTION_TOO_LARGE);
    assertThat(store.window(collection("s"), null, null).join().items())
        .containsExactly(item("1", 50));
  }

  @Test
  void seedingSeveralCollectionsWritesNoneWhenOneIsTooLarge() {
    store.seed(projectKey, Map.of("a", List.of(item("1", 50)))).join();
    var both = new LinkedHashMap<String, List<String>>();
    both.put("a", List.of(item("1", 60)));
    both.put("b", List.of(item("1", 90), item("2", 90), item("3", 90)));

    StateRefusedException tooLarge = refused(() -> store.seed(projectKey, both).join());
    assertThat(tooLarge.reason()).isEqualTo(Reason.COLLECTION_TOO_LARGE);
    assertThat(tooLarge).hasMessageStartingWith("Collection 'b' ");
    assertThat(store.window(collection("a"), null, null).join().items())
        .containsExactly(item("1", 50));
    assertThat(store.counts(projectKey).join()).containsOnlyKeys("a");
  }

  @Test
  void seedingMoreCollectionsThanTheProjectMayHoldWritesNone() {
    store.seed(projectKey, Map.of("a", List.of("{\"id\":1}"))).join();
    var two = new LinkedHashMap<String, List<String>>();
    two.put("b", List.of("{\"id\":1}"));
    two.put("c", List.of("{\"id\":1}"));

    assertThat(refusal(() -> store.seed(projectKey, two).join()))
        .isEqualTo(Reason.TOO_MANY_COLLECTIONS);
    assertThat(store.counts(projectKey).join()).containsOnlyKeys("a");
    var again = new LinkedHashMap<String, List<String>>();
    again.put("a", List.of("{\"id\":1}", "{\"id\":2}"));
    again.put("b", List.of());
    store.seed(projectKey, again).join();
    assertThat(store.counts(projectKey).join()).isEqualTo(Map.of("a", 2L, "b", 0L));
  }

  @Test
  void theSeedIsReadBackAfterTheLiveItemsChanged() {
    var seeds = new LinkedHashMap<String, List<String>>();
    seeds.put("users", List.of("{\"id\":1}", "{\"id\":2}"));
    seeds.put("orders", List.of());
    store.seed(projectKey, seeds).join();
    store.delete(collection("users"), "1").join();

    assertThat(store.seeded(collection("users")).join())
        .containsExactly("{\"id\":1}", "{\"id\":2}");
    assertThat(store.seeded(collection("orders")).join()).isEmpty();
    assertThat(store.seeded(collection("never")).join()).isEmpty();
  }

  @Test
  void resetRestoresTheSeedAndTheIdCounter() {
    store.seed(projectKey, Map.of("users", List.of("{\"id\":1}", "{\"id\":2}"))).join();
    store.delete(collection("users"), "1").join();
    assertThat(create("users")).isEqualTo("3");

    assertThat(store.reset(collection("users")).join()).isEqualTo(2);

    assertThat(store.window(collection("users"), null, null).join().items())
        .containsExactly("{\"id\":1}", "{\"id\":2}");
    assertThat(create("users")).isEqualTo("3");
  }

  @Test
  void resetOfAnEmptySeedKeepsTheCollection() {
    store.seed(projectKey, Map.of("orders", List.of())).join();
    create("orders");

    assertThat(store.reset(collection("orders")).join()).isEqualTo(1);

    assertThat(store.counts(projectKey).join()).isEqualTo(Map.of("orders", 0L));
    assertThat(create("orders")).isEqualTo("1");
  }

  @Test
  void resetOfAnUnseededCollectionRemovesItAndRestartsItsIds() {
    create("a");
    create("a");
    create("b");

    assertThat(store.reset(collection("a")).join()).isEqualTo(2);

    assertThat(store.counts(projectKey).join()).isEqualTo(Map.of("b", 1L));
    assertThat(create("c")).isEqualTo("1");
    store.reset(collection("c")).join();
    assertThat(create("a")).isEqualTo("1");
    assertThat(store.reset(collection("never")).join()).isZero();
  }

  @Test
  void dropRemovesEveryCollectionAndSeedOfTheProjectOnly() {
    store.seed(projectKey, Map.of("a", List.of("{\"id\":1}"))).join();
    create("b");
    CollectionRef other = new CollectionRef(UUID.randomUUID().toString(), "a");
    store.create(other, null, "{\"id\":", "}").join();

    store.drop(projectKey).join();

    assertThat(store.counts(projectKey).join()).isEmpty();
    assertThat(store.seeded(collection("a")).join()).isEmpty();
    assertThat(store.reset(collection("a")).join()).isZero();
    assertThat(store.window(collection("a"), null, null).join().total()).isZero();
    assertThat(store.counts(other.projectKey()).join()).isEqualTo(Map.of("a", 1L));
    store.drop(other.projectKey()).join();
  }

  @Test
  void concurrentCreatesGetDistinctIds() {
    CollectionStore roomy = store(ROOMY);
    Set<String> ids = new HashSet<>();
    try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
      List<CompletableFuture<CollectionStore.Item>> pending = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        pending.add(
            CompletableFuture.supplyAsync(
                    () -> roomy.create(collection("c"), null, "{\"id\":", "}"), threads)
                .thenCompose(created -> created));
      }
      pending.forEach(created -> ids.add(created.join().id()));
    }

    assertThat(ids).hasSize(200);
    assertThat(roomy.window(collection("c"), null, null).join().total()).isEqualTo(200);
  }
}
