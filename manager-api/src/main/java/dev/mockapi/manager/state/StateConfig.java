package dev.mockapi.manager.state;

import dev.mockapi.model.state.CollectionStore;
import dev.mockapi.model.state.RedisCollectionStore;
import dev.mockapi.model.state.StateProperties;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnection;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StateProperties.class)
class StateConfig {

  // Above spring.data.redis.timeout: one store call may take a few commands (a lost script is
  // sent again), each bounded by that timeout.
  private static final Duration AWAIT = Duration.ofSeconds(5);

  /** The shared store on the factory's shared connection, asked for on every call. */
  @Bean
  CollectionStore collectionStore(RedisConnectionFactory connections, StateProperties state) {
    return new RedisCollectionStore(
        () -> ((LettuceConnection) connections.getConnection()).getNativeConnection(),
        state.limits());
  }

  @Bean
  StateStore stateStore(CollectionStore collections) {
    return new StateStore(collections, AWAIT);
  }
}
