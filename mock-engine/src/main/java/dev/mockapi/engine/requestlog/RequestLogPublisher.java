package dev.mockapi.engine.requestlog;

import dev.mockapi.engine.config.EngineProperties;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.RequestLogEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisStreamCommands.XAddOptions;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Publishes request-log events from a bounded queue, in batches, on its own thread. */
@Component
public class RequestLogPublisher implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(RequestLogPublisher.class);
  private static final int BATCH = 256;

  private final BlockingQueue<Supplier<RequestLogEvent>> queue;
  private final StringRedisTemplate redis;
  private final JsonMapper json;
  private final XAddOptions trim;
  private final Counter published;
  private final Counter dropped;
  private volatile boolean running;
  private Thread worker;

  RequestLogPublisher(
      EngineProperties properties,
      StringRedisTemplate redis,
      JsonMapper json,
      MeterRegistry meters) {
    this.queue = new ArrayBlockingQueue<>(properties.logQueueCapacity());
    this.redis = redis;
    this.json = json;
    this.trim = XAddOptions.maxlen(properties.historyLength()).approximateTrimming(true);
    this.published = meters.counter("mockapi.engine.log.events.published");
    this.dropped = meters.counter("mockapi.engine.log.events.dropped");
  }

  /**
   * Queues an event, built later on the publisher thread; never blocks. A full queue drops it and
   * counts the drop. The supplier must only read values that no longer change.
   */
  public void submit(Supplier<RequestLogEvent> event) {
    if (!queue.offer(event)) {
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
    while (running) {
      try {
        Supplier<RequestLogEvent> first = queue.poll(500, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, BATCH - 1);
        publish(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } finally {
        batch.clear();
      }
    }
  }

  private void publish(List<Supplier<RequestLogEvent>> batch) throws InterruptedException {
    try {
      redis.executePipelined(
          (RedisCallback<Object>)
              connection -> {
                for (Supplier<RequestLogEvent> pending : batch) {
                  RequestLogEvent event = pending.get();
                  String text = json.writeValueAsString(event);
                  connection.publish(bytes(RedisKeys.logs(event.projectId())), bytes(text));
                  MapRecord<byte[], byte[], byte[]> record =
                      StreamRecords.newRecord()
                          .in(bytes(RedisKeys.history(event.projectId())))
                          .ofMap(Map.of(bytes("event"), bytes(text)));
                  connection.streamCommands().xAdd(record, trim);
                }
                return null;
              });
      published.increment(batch.size());
    } catch (RuntimeException e) {
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
