package dev.mockapi.engine.sync;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Starts the subscription to route announcements, as the container would, when Redis answers; when
 * it cannot be reached the engine starts all the same and the subscription is tried again every
 * {@code retry} until it answers. Spring's container fails its start without Redis, and a starting
 * engine then exited. Once subscribed, the container re-subscribes by itself after an outage.
 */
final class AnnouncementSubscription implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AnnouncementSubscription.class);

  private final RedisMessageListenerContainer container;
  private final Duration retry;
  private volatile boolean running;
  private volatile Thread subscriber;

  AnnouncementSubscription(RedisMessageListenerContainer container, Duration retry) {
    this.container = container;
    this.retry = retry;
  }

  /** Subscribed on return when Redis answers, as the container alone would be; else retried. */
  @Override
  public void start() {
    running = true;
    if (subscribed()) {
      return;
    }
    log.warn(
        "Cannot subscribe to route announcements; trying again every {} ms, serving what the"
            + " resync loads meanwhile",
        retry.toMillis());
    subscriber = Thread.ofVirtual().name("route-announcements").start(this::retry);
  }

  private void retry() {
    while (running) {
      try {
        Thread.sleep(retry);
      } catch (InterruptedException e) {
        return;
      }
      if (running && subscribed()) {
        log.info("Subscribed to route announcements");
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
      log.debug("Subscribing to route announcements failed", e);
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
