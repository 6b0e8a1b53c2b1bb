package dev.mockapi.engine.requestlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventQueueTest {

  private static final long NO_WAIT = 0;
  private static final long LONG_WAIT = TimeUnit.MINUTES.toNanos(1);
  private static final long UNBOUNDED_BYTES = Long.MAX_VALUE;

  @Test
  void aFullQueueRefusesUntilTheConsumerDrainsIt() {
    EventQueue<Integer> queue = new EventQueue<>(2, UNBOUNDED_BYTES);

    assertThat(queue.offer(1, 1)).isTrue();
    assertThat(queue.offer(2, 1)).isTrue();
    assertThat(queue.offer(3, 1)).isFalse();

    List<Integer> batch = new ArrayList<>();
    assertThat(queue.drainTo(batch, 10, NO_WAIT)).isEqualTo(2);
    assertThat(batch).containsExactly(1, 2);
    assertThat(queue.offer(4, 1)).isTrue();
  }

  @Test
  void aQueueFullInBytesRefusesUntilTheConsumerIsDoneWithTheBatchThatHoldsThem() {
    EventQueue<String> queue = new EventQueue<>(100, 1_000);

    assertThat(queue.offer("big", 900)).isTrue();
    assertThat(queue.offer("too big for what is left", 200)).isFalse();
    assertThat(queue.offer("small", 100)).isTrue();
    assertThat(queue.offer("one byte more", 1)).isFalse();

    List<String> batch = new ArrayList<>();
    assertThat(queue.drainTo(batch, 1, NO_WAIT)).isEqualTo(1);
    // The consumer still holds "big" while it publishes it.
    assertThat(queue.offer("not while the batch is held", 1)).isFalse();

    batch.clear();
    assertThat(queue.drainTo(batch, 1, NO_WAIT)).isEqualTo(1);
    assertThat(batch).containsExactly("small");
    assertThat(queue.offer("fits again", 900)).isTrue();
    assertThat(queue.offer("larger than the whole budget", 1_001)).isFalse();
  }

  @Test
  void anIdleConsumerReleasesTheBytesOfItsLastBatch() {
    EventQueue<String> queue = new EventQueue<>(100, 1_000);
    queue.offer("all of it", 1_000);
    List<String> batch = new ArrayList<>();
    queue.drainTo(batch, 10, NO_WAIT);
    batch.clear();

    assertThat(queue.drainTo(batch, 10, NO_WAIT)).isZero();
    assertThat(queue.offer("all of it again", 1_000)).isTrue();
  }

  @Test
  void aDrainTakesAtMostTheBatchSizeOldestFirst() {
    EventQueue<Integer> queue = new EventQueue<>(10, UNBOUNDED_BYTES);
    for (int i = 0; i < 5; i++) {
      queue.offer(i, 1);
    }

    List<Integer> batch = new ArrayList<>();
    assertThat(queue.drainTo(batch, 3, NO_WAIT)).isEqualTo(3);
    assertThat(batch).containsExactly(0, 1, 2);
    batch.clear();
    assertThat(queue.drainTo(batch, 3, NO_WAIT)).isEqualTo(2);
    assertThat(batch).containsExactly(3, 4);
  }

  @Test
  void anEmptyQueueReturnsNothingOnceTheWaitIsOver() {
    EventQueue<Integer> queue = new EventQueue<>(10, UNBOUNDED_BYTES);
    List<Integer> batch = new ArrayList<>();

    assertThat(queue.drainTo(batch, 10, TimeUnit.MILLISECONDS.toNanos(5))).isZero();
    assertThat(batch).isEmpty();
  }

  @Test
  void anOfferWakesAConsumerWaitingOnAnEmptyQueue() throws Exception {
    EventQueue<Integer> queue = new EventQueue<>(10, UNBOUNDED_BYTES);
    List<Integer> batch = new ArrayList<>();
    CompletableFuture<Thread> consumer = new CompletableFuture<>();
    CompletableFuture<Integer> drained =
        CompletableFuture.supplyAsync(
            () -> {
              consumer.complete(Thread.currentThread());
              return queue.drainTo(batch, 10, LONG_WAIT);
            });
    awaitParked(consumer.get(5, TimeUnit.SECONDS));

    queue.offer(42, 1);

    // The wait is a minute long: answering within seconds means the offer woke the consumer.
    assertThat(drained.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(batch).containsExactly(42);
  }

  @Test
  void concurrentProducersNeitherLoseItemsNorOverfillTheQueue() throws Exception {
    int producers = 4;
    int perProducer = 5_000;
    int capacity = 3_000;
    EventQueue<Integer> queue = new EventQueue<>(capacity, UNBOUNDED_BYTES);
    AtomicInteger accepted = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    try (ExecutorService pool = Executors.newFixedThreadPool(producers)) {
      List<Future<?>> running = new ArrayList<>();
      for (int p = 0; p < producers; p++) {
        running.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perProducer; i++) {
                    if (queue.offer(i, 1)) {
                      accepted.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> producer : running) {
        producer.get(30, TimeUnit.SECONDS);
      }
    }

    List<Integer> batch = new ArrayList<>();
    assertThat(accepted.get()).isEqualTo(capacity);
    assertThat(queue.drainTo(batch, producers * perProducer, NO_WAIT)).isEqualTo(capacity);
    assertThat(batch).hasSize(capacity);
  }

  private static void awaitParked(Thread thread) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (thread.getState() != Thread.State.TIMED_WAITING) {
      assertThat(System.nanoTime()).as("consumer parked in time").isLessThan(deadline);
      Thread.onSpinWait();
    }
  }
}
