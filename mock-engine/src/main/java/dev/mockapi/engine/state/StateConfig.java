package dev.mockapi.engine.state;

import dev.mockapi.engine.config.RedisCommands;
import dev.mockapi.model.state.CollectionStore;
import dev.mockapi.model.state.StateProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StateProperties.class)
class StateConfig {

  @Bean
  CollectionStore collectionStore(RedisCommands redis, StateProperties state) {
    return new CollectionStore(redis, state.limits());
  }
}
