package dev.mockapi.model.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.testsupport.TestRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Redis store keeps the contract, straight against Redis with the contract's small limits. */
class RedisCollectionStoreTest extends CollectionStoreContract {

  private static RedisClient client;
  private static StatefulRedisConnection<byte[], byte[]> connection;

  @BeforeAll
  static void connect() {
    TestRedis.Server redis = TestRedis.get(TestRedis.ENGINE_SUITE);
    client =
        RedisClient.create(
            RedisURI.builder()
                .withHost(redis.host())
                .withPort(redis.port())
                .withDatabase(redis.database())
                .build());
    connection = client.connect(ByteArrayCodec.INSTANCE);
  }

  @AfterAll
  static void close() {
    connection.close();
    client.shutdown();
  }

  @Override
  CollectionStore store(StateLimits limits) {
    return new RedisCollectionStore(connection::async, limits);
  }

  @Override
  void assertNothingLeftOf(String projectKey) {
    assertThat(connection.sync().exists(RedisKeys.stateCollections(projectKey).getBytes()))
        .isZero();
    assertThat(connection.sync().keys(("*" + projectKey + "*").getBytes())).isEmpty();
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
}
