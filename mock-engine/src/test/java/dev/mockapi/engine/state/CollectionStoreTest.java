package dev.mockapi.engine.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.state.CollectionRef;
import dev.mockapi.model.state.CollectionStore;
import dev.mockapi.model.state.ListQuery;
import dev.mockapi.model.state.StateLimits;
import dev.mockapi.model.state.StateRefusedException;
import dev.mockapi.model.testsupport.TestRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared store's limits, seeds and windows, straight against Redis with small limits. */
class CollectionStoreTest {

  private final String projectKey = UUID.randomUUID().toString();
  private RedisClient client;
  private StatefulRedisConnection<byte[], byte[]> connection;
  private CollectionStore store;

  @BeforeEach
  void connect() {
    TestRedis.Server redis = TestRedis.get(TestRedis.ENGINE_SUITE);
    client =
        RedisClient.create(
            RedisURI.builder()
                .withHost(redis.host())
                .withPort(redis.port())
                .withDatabase(redis.database())
                .build());
    connection = client.connect(ByteArrayCodec.INSTANCE);
    store = new CollectionStore(connection::async, new StateLimits(3, 100, 2, 250));
  }

  @AfterEach
  void dropAndClose() {
    store.drop(projectKey).join();
    assertThat(connection.sync().exists(RedisKeys.stateCollections(projectKey).getBytes()))
        .isZero();
    connection.close();
    client.shutdown();
  }

  private CollectionRef collection(String name) {
    return new CollectionRef(projectKey, name);
  }

  private String create(String name) {
    return store.create(collection(name), null, "{\"id\":", "}").join().id();
  }

  private static StateRefusedException.Reason refusal(Runnable action) {
    try {
      action.run();
    } catch (CompletionException e) {
      return ((StateRefusedException) e.getCause()).reason();
    } catch (StateRefusedException e) {
      return e.reason();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void aFullCollectionRefusesTheNextItem() {
    create("a");
    create("a");
    create("a");

    assertThat(refusal(() -> create("a"))).isEqualTo(StateRefusedException.Reason.COLLECTION_FULL);
    store.delete(collection("a"), "2").join();
    assertThat(create("a")).isEqualTo("4");
  }

  @Test
  void aProjectRefusesOneCollectionTooMany() {
    create("a");
    create("b");

    assertThat(refusal(() -> create("c")))
        .isEqualTo(StateRefusedException.Reason.TOO_MANY_COLLECTIONS);
    assertThat(store.counts(projectKey).join()).isEqualTo(Map.of("a", 1L, "b", 1L));
  }

  @Test
  void anItemOverTheSizeLimitIsRefusedBeforeRedis() {
    String big = "{\"text\":\"" + "é".repeat(60) + "\"}";

    assertThatThrownBy(() -> store.create(collection("a"), "1", big, "").join())
        .hasCauseInstanceOf(StateRefusedException.class)
        .hasMessageContaining("100 bytes");
    assertThat(store.counts(projectKey).join()).isEmpty();
  }

  /** An item of exactly {@code bytes} bytes of JSON. */
  private static String item(String id, int bytes) {
    String head = "{\"id\":\"" + id + "\",\"p\":\"";
    return head + "x".repeat(bytes - head.length() - 2) + "\"}";
  }

  @Test
  void aCollectionRefusesWritesThatWouldTakeItOverItsBytes() {
    CollectionRef b = collection("b");
    store.create(b, "1", item("1", 90), "").join();
    store.create(b, "2", item("2", 90), "").join();

    assertThat(refusal(() -> store.create(b, "3", item("3", 90), "").join()))
        .isEqualTo(StateRefusedException.Reason.COLLECTION_TOO_LARGE);
    store.create(b, "3", item("3", 70), "").join();
    assertThat(refusal(() -> store.replace(b, "3", item("3", 70), item("3", 71)).join()))
        .isEqualTo(StateRefusedException.Reason.COLLECTION_TOO_LARGE);
    assertThat(store.get(b, "3").join()).isEqualTo(item("3", 70));

    assertThat(store.replace(b, "1", item("1", 90), item("1", 60)).join())
        .isEqualTo(CollectionStore.Replaced.REPLACED);
    store.delete(b, "2").join();
    store.create(b, "4", item("4", 100), "").join();
    assertThat(store.window(b, null, null).join().items()).hasSize(3);
  }

  @Test
  void aCollectionStoredBeforeTheByteCountIsMeasuredOnItsNextWrite() {
    CollectionRef b = collection("b");
    store.create(b, "1", item("1", 90), "").join();
    store.create(b, "2", item("2", 90), "").join();
    connection
        .sync()
        .hdel((RedisKeys.stateCollection(projectKey, "b") + "meta").getBytes(), "bytes".getBytes());

    assertThat(refusal(() -> store.create(b, "3", item("3", 90), "").join()))
        .isEqualTo(StateRefusedException.Reason.COLLECTION_TOO_LARGE);
    store.delete(b, "1").join();
    store.create(b, "3", item("3", 90), "").join();
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
        .isEqualTo(StateRefusedException.Reason.COLLECTION_TOO_LARGE);
    assertThat(store.window(collection("s"), null, null).join().items())
        .containsExactly(item("1", 50));
  }

  @Test
  void seedingSeveralCollectionsWritesNoneWhenOneIsTooLarge() {
    store.seed(projectKey, Map.of("a", List.of(item("1", 50)))).join();
    var both = new LinkedHashMap<String, List<String>>();
    both.put("a", List.of(item("1", 60)));
    both.put("b", List.of(item("1", 90), item("2", 90), item("3", 90)));

    assertThat(refusal(() -> store.seed(projectKey, both).join()))
        .isEqualTo(StateRefusedException.Reason.COLLECTION_TOO_LARGE);
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
        .isEqualTo(StateRefusedException.Reason.TOO_MANY_COLLECTIONS);
    assertThat(store.counts(projectKey).join()).containsOnlyKeys("a");
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
      params.computeIfAbsent(parts[0], k -> new java.util.ArrayList<>()).add(parts[1]);
    }
    return params;
  }
}
