package dev.mockapi.engine.requestlog;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A queue bounded in items and in bytes, with many producers (the event loops) and one consumer
 * (the publisher) that shares no lock between them. With {@code ArrayBlockingQueue} an event loop
 * that queued an event while the scheduler had paused the publisher inside {@code drainTo} (which
 * holds the lock for the whole batch) waited for the publisher's next turn on the CPU: milliseconds
 * for every call on that loop when both share one core.
 *
 * <p>A drained batch's bytes stay counted until the consumer asks for the next batch: until then it
 * still holds those events (and their encoded copies while it publishes them), so the byte bound
 * covers the publisher's batch too, not only what waits behind it.
 */
final class EventQueue<T> {

  private final ConcurrentLinkedQueue<Sized<T>> items = new ConcurrentLinkedQueue<>();
  private final AtomicInteger size = new AtomicInteger();
  private final AtomicLong bytes = new AtomicLong();
  private final int capacity;
  private final long maxBytes;
  private volatile Thread waiting;
  private long batchBytes;

  EventQueue(int capacity, long maxBytes) {
    this.capacity = capacity;
    this.maxBytes = maxBytes;
  }

  /**
   * Adds {@code item}, said to hold {@code itemBytes} of heap, unless the queue already holds its
   * capacity of items or the item would take it over its bytes; never blocks.
   */
  boolean offer(T item, long itemBytes) {
    if (size.getAndIncrement() >= capacity) {
      size.getAndDecrement();
      return false;
    }
    if (bytes.addAndGet(itemBytes) > maxBytes) {
      bytes.addAndGet(-itemBytes);
      size.getAndDecrement();
      return false;
    }
    items.offer(new Sized<>(item, itemBytes));
    Thread consumer = waiting;
    if (consumer != null) {
      LockSupport.unpark(consumer);
    }
    return true;
  }

  /**
   * Moves up to {@code max} items into {@code batch}, first waiting up to {@code timeoutNanos} for
   * one when the queue is empty (less when the thread is interrupted). Only one thread may call it,
   * and calling it again says that the thread is done with the previous batch.
   *
   * @return how many items were moved
   */
  int drainTo(List<T> batch, int max, long timeoutNanos) {
    bytes.addAndGet(-batchBytes);
    batchBytes = 0;
    Sized<T> item = items.poll();
    if (item == null) {
      waiting = Thread.currentThread();
      // Checked again after announcing the wait: an item offered before it saw no one to wake.
      item = items.poll();
      if (item == null) {
        LockSupport.parkNanos(this, timeoutNanos);
        item = items.poll();
      }
      waiting = null;
    }
    int moved = 0;
    long movedBytes = 0;
    while (item != null) {
      batch.add(item.item());
      movedBytes += item.bytes();
      moved++;
      item = moved < max ? items.poll() : null;
    }
    batchBytes = movedBytes;
    size.addAndGet(-moved);
    return moved;
  }

  private record Sized<T>(T item, long bytes) {}
}
