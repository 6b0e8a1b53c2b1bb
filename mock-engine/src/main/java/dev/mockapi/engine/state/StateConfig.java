package dev.mockapi.engine.state;

import dev.mockapi.model.state.CollectionStore;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import java.util.function.Supplier;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

@Configuration(proxyBeanMethods = false)
class StateConfig {

  /**
   * While Redis is unreachable, commands fail at once instead of queueing until it returns, so a
   * stateful mock answers 503 immediately; a Redis that hangs times out after {@code
   * spring.data.redis.timeout}.
   */
  @Bean
  LettuceClientOptionsBuilderCustomizer failFastWhileDisconnected() {
    return options ->
        options
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .timeoutOptions(TimeoutOptions.enabled());
  }

  @Bean
  CollectionStore collectionStore(LettuceConnectionFactory connections, StateProperties state) {
    return new CollectionStore(new SharedCommands(connections), state.limits());
  }

  /** The factory's shared connection, fetched on first use and again after a failed fetch. */
  private static final class SharedCommands
      implements Supplier<RedisClusterAsyncCommands<byte[], byte[]>> {

    private final LettuceConnectionFactory connections;
    private volatile RedisClusterAsyncCommands<byte[], byte[]> commands;

    SharedCommands(LettuceConnectionFactory connections) {
      this.connections = connections;
    }

    @Override
    public RedisClusterAsyncCommands<byte[], byte[]> get() {
      RedisClusterAsyncCommands<byte[], byte[]> current = commands;
      if (current == null) {
        current = ((LettuceConnection) connections.getConnection()).getNativeConnection();
        commands = current;
      }
      return current;
    }
  }
}
