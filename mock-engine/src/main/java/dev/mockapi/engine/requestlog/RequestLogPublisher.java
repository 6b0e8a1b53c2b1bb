package dev.mockapi.engine.requestlog;

import static dev.mockapi.model.RedisBytes.bytes;

import dev.mockapi.engine.config.EngineProperties;
import dev.mockapi.engine.config.RedisCommands;
import dev.mockapi.model.LuaScript;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.RequestLogEvent;
import io.lettuce.core.ScriptOutputType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes request-log events from a bounded queue, in batches, on its own thread: each batch is
 * one Lua script call that publishes every event and appends it to its project's history.
 */
@Component
public class RequestLogPublisher implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(RequestLogPublisher.class);
  private static final int BATCH = 256;
  private static final long IDLE_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

  /**
   * How long a batch short of {@link #BATCH} lets the next one gather; producers do not wake the
   * publisher meanwhile. Without it the publisher woke for every few events under load (about 10
   * per script call at 20 000 req/s, and a futex wake-up on the event loop for most calls); with it
   * about 220 (Redis {@code INFO commandstats}), and Lettuce's thread used a third less CPU.
   */
  private static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

  private static final LuaScript PUBLISH =
      LuaScript.load(RequestLogPublisher.class, "publish", ScriptOutputType.INTEGER);

  private final EventQueue<Supplier<RequestLogEvent>> queue;
  private final RedisCommands redis;
  private final JsonMapper json;
  private final byte[] historyLength;
  private final Counter published;
  private final Counter dropped;
  private final Duration flushTimeout;
  private volatile boolean running;
  private Thread worker;

  RequestLogPublisher(
      EngineProperties properties, RedisCommands redis, JsonMapper json, MeterRegistry meters) {
    this.queue =
        new EventQueue<>(properties.logQueueCapacity(), properties.logQueueSize().toBytes());
    this.redis = redis;
    this.json = json;
    this.historyLength = bytes(Integer.toString(properties.historyLength()));
    this.published = meters.counter("mockapi.engine.log.events.published");
    this.dropped = meters.counter("mockapi.engine.log.events.dropped");
    this.flushTimeout = properties.drainTimeout();
  }

  /**
   * Queues an event, built later on the publisher thread; never blocks. A queue full in events or
   * in bytes drops it and counts the drop. The supplier must only read values that no longer
   * change, and {@code heldBytes} must cover what it holds on to until then.
   */
  public void submit(Supplier<RequestLogEvent> event, long heldBytes) {
    if (!queue.offer(event, heldBytes)) {
      dropped.increment();
    }
  }

  @Override
  public void start() {
    running = true;
    worker = Thread.ofPlatform().daemon().name("request-log-publisher").start(this::drain);
  }

  /**
   * Publishes what is still waiting, for up to {@code mockapi.engine.drain-timeout}, then stops.
   */
  @Override
  public void stop() {
    running = false;
    if (worker == null) {
      return;
    }
    LockSupport.unpark(worker);
    try {
      worker.join(flushTimeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (worker.isAlive()) {
      log.warn(
          "Log events still waiting for Redis after {} ms are dropped", flushTimeout.toMillis());
      worker.interrupt();
    }
  }

  /** After the server stops taking calls, before the Redis connection closes. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 1;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Publishes until stopped and the queue is empty. */
  private void drain() {
    List<Supplier<RequestLogEvent>> batch = new ArrayList<>(BATCH);
    while (!Thread.currentThread().isInterrupted()) {
      try {
        boolean stopping = !running;
        int moved = queue.drainTo(batch, BATCH, stopping ? 0 : IDLE_WAIT_NANOS);
        if (moved == 0 && stopping) {
          return;
        }
        if (moved > 0) {
          publish(batch);
          if (moved < BATCH && running) {
            LockSupport.parkNanos(LINGER_NANOS);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } finally {
        batch.clear();
      }
    }
  }

  private void publish(List<Supplier<RequestLogEvent>> batch) throws InterruptedException {
    // One script run per project: a script may only touch keys of one hash slot on a cluster.
    Map<String, List<RequestLogEvent>> byProject = new LinkedHashMap<>();
    boolean accessLog = AccessLog.enabled();
    for (Supplier<RequestLogEvent> supplier : batch) {
      RequestLogEvent event = supplier.get();
      if (accessLog) {
        AccessLog.write(event);
      }
      byProject.computeIfAbsent(event.projectKey(), k -> new ArrayList<>()).add(event);
    }
    CompletableFuture<?>[] runs = new CompletableFuture<?>[byProject.size()];
    int run = 0;
    for (Map.Entry<String, List<RequestLogEvent>> project : byProject.entrySet()) {
      runs[run++] = publish(project.getKey(), project.getValue());
    }
    try {
      CompletableFuture.allOf(runs).get(redis.timeoutMs(), TimeUnit.MILLISECONDS);
      published.increment(batch.size());
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      dropped.increment(batch.size());
      log.debug("Dropped {} log event(s): Redis unavailable ({})", batch.size(), e.toString());
      // Back off briefly so a Redis outage does not become a busy loop; the queue drops meanwhile.
      Thread.sleep(200);
    }
  }

  private CompletableFuture<Object> publish(String projectKey, List<RequestLogEvent> events) {
    byte[] history = bytes(RedisKeys.history(projectKey));
    byte[] channel = bytes(RedisKeys.logs(projectKey));
    byte[][] histories = new byte[events.size()][];
    byte[][] args = new byte[events.size() * 2 + 1][];
    args[0] = historyLength;
    for (int i = 0; i < events.size(); i++) {
      histories[i] = history;
      args[2 * i + 1] = channel;
      args[2 * i + 2] = json.writeValueAsBytes(events.get(i));
    }
    try {
      return PUBLISH.run(redis.get(), histories, args);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
