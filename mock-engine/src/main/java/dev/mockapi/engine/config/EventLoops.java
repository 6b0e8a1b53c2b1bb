package dev.mockapi.engine.config;

import io.lettuce.core.resource.EventLoopGroupProvider;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutorGroup;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ImmediateEventExecutor;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import reactor.netty.resources.LoopResources;

/**
 * The engine's event loops, shared by the HTTP server and Lettuce: a stateful call's Redis command
 * is written and its reply read on the thread that serves the HTTP connection whenever both sit on
 * the same loop (always with one loop), instead of being handed to a Lettuce thread and back. With
 * the hand-offs, Lettuce's thread spent 17 us of CPU per get-by-id call, nearly what a whole static
 * call costs (bench/README.md). Lettuce asks for a group per transport type; it gets this one.
 */
public final class EventLoops implements EventLoopGroupProvider {

  private final int threads;
  private final LoopResources loops;

  EventLoops(int threads) {
    this.threads = threads;
    this.loops = LoopResources.create("mock-io", threads, true);
  }

  /** The loops, with the native transport when the platform has one (Lettuce picks the same). */
  public EventLoopGroup group() {
    return loops.onServer(true);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T extends EventLoopGroup> T allocate(Class<T> type) {
    return (T) group();
  }

  @Override
  public int threadPoolSize() {
    return threads;
  }

  /** The loops outlive every Lettuce client: they close with the application context. */
  @Override
  public Future<Boolean> release(
      EventExecutorGroup group, long quietPeriod, long timeout, TimeUnit unit) {
    return ImmediateEventExecutor.INSTANCE.newSucceededFuture(true);
  }

  @Override
  public Future<Boolean> shutdown(long quietPeriod, long timeout, TimeUnit unit) {
    loops
        .disposeLater(
            Duration.ofMillis(unit.toMillis(quietPeriod)),
            Duration.ofMillis(unit.toMillis(timeout)))
        .block();
    return ImmediateEventExecutor.INSTANCE.newSucceededFuture(true);
  }

  /** Closes the loops when the context closes. */
  void close() {
    shutdown(0, 2, TimeUnit.SECONDS);
  }
}
