package dev.mockapi.engine.state;

import dev.mockapi.engine.config.RedisCommands;
import dev.mockapi.model.state.CollectionStore;
import dev.mockapi.model.state.RedisCollectionStore;
import dev.mockapi.model.state.StateProperties;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StateProperties.class)
class StateConfig {

  @Bean
  CollectionStore collectionStore(RedisCommands redis, StateProperties state) {
    return new RedisCollectionStore(redis, state.limits());
  }

  @Bean
  StateActions stateActions(
      CollectionStore store, JsonMapper json, DataRedisProperties redis, ListProperties limits) {
    // A backstop: Lettuce times out each command, but no call may hang whatever Redis does.
    Duration timeout =
        (redis.getTimeout() == null ? Duration.ofSeconds(2) : redis.getTimeout())
            .multipliedBy(2)
            .plusSeconds(1);
    return new StateActions(
        store, json, timeout, limits.listDefaultLimit(), limits.listQueryTime());
  }
}
