package dev.mockapi.engine.config;

import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import java.util.function.Supplier;
import org.springframework.data.redis.connection.lettuce.LettuceConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Lettuce's asynchronous commands on the connection factory's one shared connection, for the hot
 * paths (state actions, log publishing): no Spring Data layer per command, and never a connection
 * of its own per call. Fetched on first use, and again when it is not open: after a failed fetch
 * (Redis down at start), while Redis is away (the factory hands out the same connection, which
 * reconnects by itself), or after the factory was stopped and started (a new shared connection).
 */
@Component
public class RedisCommands implements Supplier<RedisClusterAsyncCommands<byte[], byte[]>> {

  private final LettuceConnectionFactory connections;
  private volatile RedisClusterAsyncCommands<byte[], byte[]> commands;

  RedisCommands(LettuceConnectionFactory connections) {
    this.connections = connections;
  }

  @Override
  public RedisClusterAsyncCommands<byte[], byte[]> get() {
    RedisClusterAsyncCommands<byte[], byte[]> current = commands;
    if (current == null || !current.isOpen()) {
      current = ((LettuceConnection) connections.getConnection()).getNativeConnection();
      commands = current;
    }
    return current;
  }

  /** How long a command may take ({@code spring.data.redis.timeout}), for callers that wait. */
  public long timeoutMs() {
    return connections.getTimeout();
  }
}
