package dev.mockapi.engine.state;

import dev.mockapi.engine.config.RedisCommands;
import dev.mockapi.model.state.CollectionStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StateConfig {

  @Bean
  CollectionStore collectionStore(RedisCommands redis, StateProperties state) {
    return new CollectionStore(redis, state.limits());
  }
}
