package dev.mockapi.engine.config;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.metrics.CommandLatencyRecorder;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RedisClientConfig {

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

  /**
   * No per-command latency histograms: measured under load, recording them cost more than the
   * command itself. The engine's own meters cover what operators need.
   */
  @Bean
  ClientResourcesBuilderCustomizer noCommandLatencyRecording() {
    return resources -> resources.commandLatencyRecorder(CommandLatencyRecorder.disabled());
  }
}
