package dev.mockapi.engine.analytics;

import static dev.mockapi.model.RedisBytes.bytes;

import dev.mockapi.engine.config.EngineProperties;
import dev.mockapi.engine.config.RedisCommands;
import dev.mockapi.model.AnalyticsFields;
import dev.mockapi.model.LuaScript;
import dev.mockapi.model.RedisKeys;
import io.lettuce.core.ScriptOutputType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Adds the counts to Redis every {@code mockapi.engine.analytics-flush-interval} from a thread of
 * its own, with one Lua call per flush (per 1 000 slots of a backlog), and once more when the
 * engine stops. Counts Redis refuses are kept for the next flush, up to {@link #MAX_PENDING_SLOTS}
 * slots ({@link PendingCounts}); refusals and dropped calls are counted in meters.
 */
@Component
public class AnalyticsFlusher implements SmartLifecycle {

  private static final int MAX_PENDING_SLOTS = 10_000;
  private static final int SLOTS_PER_CALL = 1_000;
  private static final Logger log = LoggerFactory.getLogger(AnalyticsFlusher.class);
  private static final LuaScript FLUSH =
      LuaScript.load(AnalyticsFlusher.class, "flush", ScriptOutputType.INTEGER);
  private static final byte[] TTL = bytes(Long.toString(AnalyticsFields.RETENTION.toSeconds()));

  private final AnalyticsCounters counters;
  private final RedisCommands redis;
  private final Duration interval;
  private final Counter failures;
  private final Counter dropped;
  private final PendingCounts pending = new PendingCounts(MAX_PENDING_SLOTS);
  private volatile ScheduledExecutorService scheduler;

  AnalyticsFlusher(
      AnalyticsCounters counters,
      RedisCommands redis,
      EngineProperties properties,
      MeterRegistry meters) {
    this.counters = counters;
    this.redis = redis;
    this.interval = properties.analyticsFlushInterval();
    this.failures = meters.counter("mockapi.engine.analytics.flush.failures");
    this.dropped = meters.counter("mockapi.engine.analytics.requests.dropped");
  }

  /**
   * Adds everything counted so far, and whatever an earlier flush could not send, to Redis; when it
   * returns, every call answered before it was called is in Redis or pending.
   */
  public synchronized void flush() {
    dropped.increment(pending.add(counters.drain(AnalyticsCounters.currentMinute())));
    while (!pending.isEmpty()) {
      List<Slot> batch = pending.batch(SLOTS_PER_CALL);
      if (!send(batch)) {
        return;
      }
      pending.sent(batch);
    }
  }

  private boolean send(List<Slot> batch) {
    byte[][] keys = new byte[batch.size() * 2][];
    List<byte[]> args = new ArrayList<>();
    args.add(TTL);
    for (int i = 0; i < batch.size(); i++) {
      Slot slot = batch.get(i);
      keys[2 * i] = bytes(RedisKeys.analyticsMinute(slot.projectKey(), slot.minute()));
      keys[2 * i + 1] = bytes(RedisKeys.analyticsHour(slot.projectKey(), slot.minute() / 60));
      addFields(slot, pending.counts(slot), args);
    }
    try {
      FLUSH
          .run(redis.get(), keys, args.toArray(byte[][]::new))
          .get(redis.timeoutMs(), TimeUnit.MILLISECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      failures.increment();
      log.debug("Analytics kept for the next flush: Redis unavailable ({})", e.toString());
      return false;
    }
  }

  /** The number of non-zero counts, then each as field name and value. */
  private static void addFields(Slot slot, long[] counts, List<byte[]> args) {
    int size = args.size();
    args.add(null);
    String endpoint = slot.endpoint();
    for (int counter = 0; counter < counts.length; counter++) {
      if (counts[counter] != 0) {
        args.add(bytes(AnalyticsFields.field(endpoint, counter)));
        args.add(bytes(Long.toString(counts[counter])));
      }
    }
    args.set(size, bytes(Integer.toString((args.size() - size - 1) / 2)));
  }

  @Override
  public void start() {
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("analytics-flusher").factory());
    long millis = interval.toMillis();
    scheduler.scheduleWithFixedDelay(this::flushQuietly, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Stops the schedule, then flushes what the last calls counted. */
  @Override
  public void stop() {
    ScheduledExecutorService running = scheduler;
    scheduler = null;
    if (running != null) {
      running.shutdown();
      flushQuietly();
    }
  }

  @Override
  public boolean isRunning() {
    return scheduler != null;
  }

  /** After the server stops taking calls, before the Redis connection closes. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 1;
  }

  // A task that throws is never scheduled again.
  private void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException e) {
      log.warn("Analytics flush failed", e);
    }
  }
}
