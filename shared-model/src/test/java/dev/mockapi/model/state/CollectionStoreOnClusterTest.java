package dev.mockapi.model.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.model.state.CollectionStore.Replaced;
import dev.mockapi.model.testsupport.RedisCluster;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every state script on a real three-primary Redis Cluster: none may span hash slots. */
class CollectionStoreOnClusterTest {

  private static RedisCluster cluster;
  private static RedisClusterClient client;
  private static StatefulRedisClusterConnection<byte[], byte[]> connection;
  private static CollectionStore store;

  @BeforeAll
  static void startCluster() {
    cluster = RedisCluster.start(3);
    client = RedisClusterClient.create(RedisURI.create("127.0.0.1", cluster.ports().getFirst()));
    connection = client.connect(ByteArrayCodec.INSTANCE);
    store =
        new RedisCollectionStore(connection::async, new StateLimits(1_000, 10_000, 10, 1_000_000));
  }

  @AfterAll
  static void stopCluster() {
    try {
      connection.close();
      client.shutdown();
    } finally {
      cluster.close();
    }
  }

  @Test
  void itemsAreCreatedListedReplacedAndDeletedOnACluster() {
    CollectionRef users = new CollectionRef(UUID.randomUUID().toString(), "users");

    String id = store.create(users, null, "{\"id\":", ",\"name\":\"ada\"}").join().id();
    store.create(users, null, "{\"id\":", ",\"name\":\"bob\"}").join();

    assertThat(store.window(users, 0, 10).join().total()).isEqualTo(2);
    String ada = store.get(users, id).join();
    assertThat(ada).contains("ada");
    assertThat(store.replace(users, id, ada, "{\"id\":1,\"name\":\"eve\"}").join())
        .isEqualTo(Replaced.REPLACED);
    assertThat(store.get(users, id).join()).contains("eve");
    assertThat(store.delete(users, id).join()).contains("eve");
    assertThat(store.window(users, 0, 10).join().items()).hasSize(1);
    assertThat(store.counts(users.projectKey()).join()).containsEntry("users", 1L);
  }

  @Test
  void severalCollectionsOfAProjectAreSeededAndResetTogether() {
    String project = UUID.randomUUID().toString();
    store
        .seed(
            project,
            Map.of(
                "users", List.of("{\"id\":1}", "{\"id\":2}"),
                "orders", List.of("{\"id\":1}")))
        .join();
    CollectionRef users = new CollectionRef(project, "users");
    store.delete(users, "1").join();

    assertThat(store.reset(users).join()).isEqualTo(1);
    assertThat(store.seeded(users).join()).hasSize(2);
    assertThat(store.counts(project).join()).containsEntry("users", 2L).containsEntry("orders", 1L);
    store.drop(project).join();
    assertThat(store.counts(project).join()).isEmpty();
  }
}
