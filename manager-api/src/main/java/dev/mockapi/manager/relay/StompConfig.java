package dev.mockapi.manager.relay;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.ThreadPoolExecutor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/** The STOMP endpoint {@code /ws} and its in-memory broker for {@code /topic/**}. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class StompConfig implements WebSocketMessageBrokerConfigurer {

  private static final int OUTBOUND_QUEUE = 10_000;

  private final StompAuthorization authorization;
  private final RelaySessions clients;
  private final RelayProperties relay;
  private final MeterRegistry meters;
  private final Clock clock;
  private final TaskScheduler heartbeats;

  StompConfig(
      StompAuthorization authorization,
      RelaySessions clients,
      RelayProperties relay,
      MeterRegistry meters,
      Clock clock,
      @Lazy @Qualifier("messageBrokerTaskScheduler") TaskScheduler heartbeats) {
    this.authorization = authorization;
    this.clients = clients;
    this.relay = relay;
    this.meters = meters;
    this.clock = clock;
    this.heartbeats = heartbeats;
  }

  @Override
  public void registerStompEndpoints(StompEndpointRegistry registry) {
    // Any origin: no cookie or ambient credential authenticates a connection, only the token a
    // page puts in its CONNECT frame, so a foreign page gains nothing by connecting.
    registry.addEndpoint("/ws").setAllowedOriginPatterns("*");
    registry.setErrorHandler(new StompErrors(clients));
  }

  @Override
  public void configureMessageBroker(MessageBrokerRegistry registry) {
    long heartbeat = relay.heartbeat().toMillis();
    registry
        .enableSimpleBroker("/topic")
        .setHeartbeatValue(new long[] {heartbeat, heartbeat})
        .setTaskScheduler(heartbeats);
    registry.setPreservePublishOrder(true);
  }

  @Override
  public void configureClientInboundChannel(ChannelRegistration registration) {
    registration.interceptors(authorization);
  }

  /**
   * Frames on their way to the clients' queues. Bounded: when the relay cannot keep up, the thread
   * handing events in (the Redis subscription's) runs the hand-off itself, and the backlog waits in
   * Redis's output buffer for this subscriber instead of growing this heap.
   */
  @Override
  public void configureClientOutboundChannel(ChannelRegistration registration) {
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    int threads = 2 * Runtime.getRuntime().availableProcessors();
    executor.setCorePoolSize(threads);
    executor.setMaxPoolSize(threads);
    executor.setQueueCapacity(OUTBOUND_QUEUE);
    executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
    executor.setThreadNamePrefix("stomp-outbound-");
    registration.taskExecutor(executor);
  }

  /**
   * Above the web server's graceful-shutdown phase, so that on shutdown the STOMP sessions are
   * closed with 1001 (going away) while their connections are still open. In the default phase they
   * were stopped after Tomcat had closed the connections, and clients saw them drop (1006).
   */
  @Override
  public Integer getPhase() {
    return SmartLifecycle.DEFAULT_PHASE;
  }

  @Override
  public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
    registration.addDecoratorFactory(
        handler -> new ClientQueues(handler, clients, relay, meters, clock));
  }
}
