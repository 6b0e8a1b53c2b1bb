package dev.mockapi.engine.requestlog;

import dev.mockapi.engine.config.EngineProperties;
import dev.mockapi.engine.config.RedisCommands;
import dev.mockapi.model.LuaScript;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.RequestLogEvent;
import io.lettuce.core.ScriptOutputType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

  @Override
  public void stop() {
    running = false;
    if (worker != null) {
      worker.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void drain() {
    List<Supplier<RequestLogEvent>> batch = new ArrayList<>(BATCH);
    while (running && !Thread.currentThread().isInterrupted()) {
      try {
        int moved = queue.drainTo(batch, BATCH, IDLE_WAIT_NANOS);
        if (moved > 0) {
          publish(batch);
          if (moved < BATCH) {
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
    byte[][] histories = new byte[batch.size()][];
    byte[][] args = new byte[batch.size() * 2 + 1][];
    args[0] = historyLength;
    for (int i = 0; i < batch.size(); i++) {
      RequestLogEvent event = batch.get(i).get();
      histories[i] = bytes(RedisKeys.history(event.projectKey()));
      args[2 * i + 1] = bytes(RedisKeys.logs(event.projectKey()));
      args[2 * i + 2] = json.writeValueAsBytes(event);
    }
    try {
      PUBLISH.run(redis.get(), histories, args).get(redis.timeoutMs(), TimeUnit.MILLISECONDS);
      published.increment(batch.size());
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      dropped.increment(batch.size());
      log.debug("Dropped {} log event(s): Redis unavailable ({})", batch.size(), e.toString());
      // Back off briefly so a Redis outage does not become a busy loop; the queue drops meanwhile.
      Thread.sleep(200);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
