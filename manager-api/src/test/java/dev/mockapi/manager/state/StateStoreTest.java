package dev.mockapi.manager.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mockapi.manager.web.ApiException;
import dev.mockapi.model.state.RedisCollectionStore;
import dev.mockapi.model.state.StateLimits;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.RedisConnectionFailureException;

/** How the manager answers when Redis is away, slow or refuses: never a 500. */
class StateStoreTest {

  private static final StateLimits LIMITS = new StateLimits(10, 64, 2, 1_000);
  private static final String KEY = "5a0e2c1d-3b4f-4a6e-8d7c-9b0a1f2e3d4c";

  @Test
  void redisThatCannotBeReachedIsA503Problem() {
    var store =
        store(
            () -> {
              throw new RedisConnectionFailureException("Unable to connect to Redis");
            });

    var failure = catchThrowableOfType(ApiException.class, () -> store.counts(KEY));

    assertThat(failure.getStatusCode().value()).isEqualTo(503);
    assertThat(failure.getBody().getType().toString())
        .isEqualTo("urn:mockapi:problem:state-unavailable");
    assertThat(failure.getMessage()).contains("Redis");
  }

  @Test
  void redisThatDoesNotAnswerIsA503ProblemAfterTheTimeout() {
    var store = store(() -> redisAnswering(new Reply<>()));

    long start = System.nanoTime();
    var failure = catchThrowableOfType(ApiException.class, () -> store.counts(KEY));

    assertThat(failure.getStatusCode().value()).isEqualTo(503);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aSeedRedisRefusesIsA409OfTheEnginesTypeSayingWhy() {
    Reply<Object> refused = new Reply<>();
    refused.complete(List.of("collections".getBytes(StandardCharsets.UTF_8), new byte[0]));
    var store = store(() -> redisAnswering(refused));

    var failure =
        catchThrowableOfType(
            ApiException.class, () -> store.seed(KEY, Map.of("users", List.of("{\"id\":1}"))));

    assertThat(failure.getStatusCode().value()).isEqualTo(409);
    assertThat(failure.getBody().getType().toString())
        .isEqualTo("urn:mockapi:problem:too-many-collections");
    assertThat(failure.getMessage()).contains("collections-per-project");
  }

  @Test
  void aSeedItemOverTheSizeLimitIsA413ItemTooLarge() {
    var store = store(() -> redisAnswering(new Reply<>()));

    var failure =
        catchThrowableOfType(
            ApiException.class,
            () ->
                store.seed(
                    KEY,
                    Map.of("users", List.of("{\"id\":1,\"text\":\"" + "x".repeat(64) + "\"}"))));

    assertThat(failure.getStatusCode().value()).isEqualTo(413);
    assertThat(failure.getBody().getType().toString())
        .isEqualTo("urn:mockapi:problem:item-too-large");
    assertThat(failure.getMessage()).contains("limits.item-size");
  }

  private static StateStore store(Supplier<RedisClusterAsyncCommands<byte[], byte[]>> redis) {
    return new StateStore(new RedisCollectionStore(redis, LIMITS), Duration.ofMillis(200));
  }

  /** Commands whose every script call answers {@code reply}; nothing else is used. */
  @SuppressWarnings("unchecked")
  private static RedisClusterAsyncCommands<byte[], byte[]> redisAnswering(Reply<?> reply) {
    return (RedisClusterAsyncCommands<byte[], byte[]>)
        Proxy.newProxyInstance(
            StateStoreTest.class.getClassLoader(),
            new Class<?>[] {RedisClusterAsyncCommands.class},
            (proxy, method, args) -> {
              if (method.getName().startsWith("eval")) {
                return reply;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  /** A Redis reply that arrives when completed, or never. */
  private static final class Reply<T> extends CompletableFuture<T> implements RedisFuture<T> {

    @Override
    public String getError() {
      return null;
    }

    @Override
    public boolean await(long timeout, TimeUnit unit) {
      return isDone();
    }
  }
}
