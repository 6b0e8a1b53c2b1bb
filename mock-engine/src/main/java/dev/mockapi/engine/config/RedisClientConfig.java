package dev.mockapi.engine.config;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.metrics.CommandLatencyRecorder;
import io.lettuce.core.resource.Delay;
import io.lettuce.core.resource.NettyCustomizer;
import io.netty.channel.Channel;
import io.netty.handler.flush.FlushConsolidationHandler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
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

  @Bean(destroyMethod = "close")
  EventLoops eventLoops(EngineProperties engine) {
    return new EventLoops(engine.eventLoops());
  }

  /**
   * Lettuce runs on the engine's event loops ({@link EventLoops}). No per-command latency
   * histograms: measured under load, recording them cost more than the command itself; the engine's
   * own meters cover what operators need. Reconnect attempts back off to at most one second
   * (Lettuce's default grows to 30 s), so state answers soon after Redis returns.
   */
  @Bean
  ClientResourcesBuilderCustomizer leanClientResources(EventLoops loops) {
    return resources ->
        resources
            .eventLoopGroupProvider(loops)
            .nettyCustomizer(new OneFlushPerLoopRound())
            .commandLatencyRecorder(CommandLatencyRecorder.disabled())
            .reconnectDelay(
                Delay.exponential(
                    Duration.ofMillis(50), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS));
  }

  /**
   * The commands the event loop writes while serving one round of HTTP reads (a stateful call each)
   * leave in one write to Redis at the end of the round, not one system call per command.
   */
  private static final class OneFlushPerLoopRound implements NettyCustomizer {
    @Override
    public void afterChannelInitialized(Channel channel) {
      channel
          .pipeline()
          .addFirst(
              new FlushConsolidationHandler(
                  FlushConsolidationHandler.DEFAULT_EXPLICIT_FLUSH_AFTER_FLUSHES, true));
    }
  }
}
