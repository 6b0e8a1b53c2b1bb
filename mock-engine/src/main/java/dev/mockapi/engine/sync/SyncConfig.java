package dev.mockapi.engine.sync;

import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.RetryingSubscription;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

@Configuration(proxyBeanMethods = false)
class SyncConfig {

  private static final Duration RETRY = Duration.ofSeconds(1);

  /**
   * Subscribes to route announcements; the container re-subscribes by itself after an outage, and
   * is started by a {@link RetryingSubscription}, not by the context.
   */
  @Bean
  RedisMessageListenerContainer routeAnnouncements(
      RedisConnectionFactory connections, RouteTableSync sync) {
    RedisMessageListenerContainer container = new RedisMessageListenerContainer();
    container.setConnectionFactory(connections);
    container.setRecoveryInterval(RETRY.toMillis());
    container.addMessageListener(sync, new ChannelTopic(RedisKeys.CONFIG_CHANNEL));
    container.setAutoStartup(false);
    return container;
  }

  @Bean
  RetryingSubscription announcementSubscription(RedisMessageListenerContainer routeAnnouncements) {
    return new RetryingSubscription(routeAnnouncements, "route announcements", RETRY);
  }
}
