package dev.mockapi.manager.relay;

import dev.mockapi.model.RedisKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

@Configuration(proxyBeanMethods = false)
class RelayConfig {

  /**
   * PSUBSCRIBEs every project's log channel. Events are handed on in the subscription's own thread:
   * that keeps each project's events in order and costs no thread per message (the container's
   * default executor starts one); the hand-off only queues them for the clients.
   */
  @Bean
  RedisMessageListenerContainer logEventListener(
      RedisConnectionFactory connections, LogEventRelay relay) {
    RedisMessageListenerContainer container = new RedisMessageListenerContainer();
    container.setConnectionFactory(connections);
    container.setTaskExecutor(new SyncTaskExecutor());
    container.addMessageListener(relay, new PatternTopic(RedisKeys.LOGS_CHANNEL_PATTERN));
    return container;
  }
}
