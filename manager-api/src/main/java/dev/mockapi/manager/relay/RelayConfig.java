package dev.mockapi.manager.relay;

import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.RetryingSubscription;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

@Configuration(proxyBeanMethods = false)
class RelayConfig {

  private static final Duration RETRY = Duration.ofSeconds(1);

  /**
   * PSUBSCRIBEs every project's log channel. Events are handed on in the subscription's own thread:
   * that keeps each project's events in order and costs no thread per message (the container's
   * default executor starts one); the hand-off only queues them for the clients. Started by {@link
   * #logEventSubscription}, so that the manager starts while Redis cannot be reached.
   */
  @Bean
  RedisMessageListenerContainer logEventListener(
      RedisConnectionFactory connections, LogEventRelay relay) {
    RedisMessageListenerContainer container = new RedisMessageListenerContainer();
    container.setConnectionFactory(connections);
    container.setTaskExecutor(new SyncTaskExecutor());
    container.addMessageListener(relay, new PatternTopic(RedisKeys.LOGS_CHANNEL_PATTERN));
    container.setRecoveryInterval(RETRY.toMillis());
    container.setAutoStartup(false);
    return container;
  }

  @Bean
  RetryingSubscription logEventSubscription(RedisMessageListenerContainer logEventListener) {
    return new RetryingSubscription(logEventListener, "the live-log channels", RETRY);
  }
}
