package dev.mockapi.model;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Starts a Redis subscription (a listener container that does not start itself) with the service,
 * as the container would, when Redis answers; when it cannot be reached the service starts all the
 * same and the subscription is tried again every {@code retry} until it answers. Spring's container
 * fails its start without Redis, and the whole service then failed to start. Once subscribed, the
 * container re-subscribes by itself after an outage. Used by the engine (route announcements) and
 * the manager (the live-log channels); needs Spring Data Redis, which both bring.
 */
public final class RetryingSubscription implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(RetryingSubscription.class);

  private final RedisMessageListenerContainer container;
  private final String name;
  private final Duration retry;
  private volatile boolean running;
  private volatile Thread subscriber;

  /**
   * @param container started and stopped by this alone ({@code setAutoStartup(false)})
   * @param name what it subscribes to, for the log
   * @param retry the pause between attempts while Redis cannot be reached
   */
  public RetryingSubscription(
      RedisMessageListenerContainer container, String name, Duration retry) {
    this.container = container;
    this.name = name;
    this.retry = retry;
  }

  /** Subscribed on return when Redis answers, as the container alone would be; else retried. */
  @Override
  public void start() {
    running = true;
    if (subscribed()) {
      return;
    }
    log.warn("Cannot subscribe to {}; trying again every {} ms", name, retry.toMillis());
    subscriber = Thread.ofVirtual().name("subscribe " + name).start(this::retry);
  }

  private void retry() {
    while (running) {
      try {
        Thread.sleep(retry);
      } catch (InterruptedException e) {
        return;
      }
      if (running && subscribed()) {
        log.info("Subscribed to {}", name);
        return;
      }
    }
  }

  private boolean subscribed() {
    try {
      container.start();
      return true;
    } catch (RuntimeException e) {
      container.stop();
      log.debug("Subscribing to {} failed", name, e);
      return false;
    }
  }

  @Override
  public void stop() {
    running = false;
    Thread current = subscriber;
    if (current != null) {
      current.interrupt();
    }
    container.stop();
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
