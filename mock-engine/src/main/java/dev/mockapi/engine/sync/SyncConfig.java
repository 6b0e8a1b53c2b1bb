package dev.mockapi.engine.sync;

import dev.mockapi.model.RedisKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

@Configuration(proxyBeanMethods = false)
class SyncConfig {

  /** Subscribes to route announcements; the container re-subscribes by itself after an outage. */
  @Bean
  RedisMessageListenerContainer routeAnnouncements(
      RedisConnectionFactory connections, RouteTableSync sync) {
    RedisMessageListenerContainer container = new RedisMessageListenerContainer();
    container.setConnectionFactory(connections);
    container.setRecoveryInterval(1_000);
    container.addMessageListener(sync, new ChannelTopic(RedisKeys.CONFIG_CHANNEL));
    return container;
  }
}
