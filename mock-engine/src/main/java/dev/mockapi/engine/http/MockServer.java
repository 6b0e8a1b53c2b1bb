package dev.mockapi.engine.http;

import dev.mockapi.engine.config.EngineProperties;
import dev.mockapi.engine.config.EventLoops;
import dev.mockapi.engine.sync.RouteTableSync;
import dev.mockapi.model.ProblemType;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The engine's HTTP server: Reactor Netty on the {@link EventLoops} it shares with Lettuce, bound
 * when the context starts. When it stops it drains: the listening socket closes at once (new
 * connections are refused, so a balancer sends them to another replica), idle connections close,
 * and calls in flight, chaos delays included, get up to {@code mockapi.engine.drain-timeout} to be
 * answered before their connections are cut.
 */
@Component
public class MockServer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(MockServer.class);

  private final EngineProperties properties;
  private final MockHandler mocks;
  private final OperationsHandler operations;
  private final Responses responses;
  private final RouteTableSync sync;
  private final EventLoops loops;
  private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
  private final AtomicInteger callsInFlight = new AtomicInteger();
  private volatile DisposableServer server;

  MockServer(
      EngineProperties properties,
      MockHandler mocks,
      OperationsHandler operations,
      Responses responses,
      RouteTableSync sync,
      EventLoops loops) {
    this.properties = properties;
    this.loops = loops;
    this.mocks = mocks;
    this.operations = operations;
    this.responses = responses;
    this.sync = sync;
  }

  @Override
  public void start() {
    // Load the tables first, so no request meets an empty registry after a restart.
    sync.loadAll();
    server =
        HttpServer.create()
            .runOn(loops.group())
            .host(properties.host())
            .port(properties.port())
            .httpRequestDecoder(
                spec ->
                    spec.maxHeaderSize((int) properties.maxHeaderSize().toBytes())
                        .maxInitialLineLength(properties.maxUrlLength()))
            // Reactor Netty's dispose waits for the calls in flight on the connections of a group.
            .channelGroup(connections)
            .handle(this::route)
            .bindNow();
    log.info("Mock engine serving http://{}:{}/mock/<projectSlug>/", properties.host(), port());
  }

  private Publisher<Void> route(HttpServerRequest request, HttpServerResponse response) {
    String uri = request.uri();
    if (MockHandler.handles(uri)) {
      callsInFlight.incrementAndGet();
      return Mono.from(mocks.serve(request, response))
          .doFinally(signal -> callsInFlight.decrementAndGet());
    }
    if (uri.equals("/actuator/health") || uri.startsWith("/actuator/health?")) {
      return operations.health(response);
    }
    if (uri.equals("/actuator/prometheus")) {
      return operations.prometheus(response);
    }
    return responses.problem(
        response,
        Problem.of(ProblemType.NOT_FOUND, "Mocks are served under /mock/{projectSlug}/..."),
        Map.of());
  }

  /** The bound port (useful when configured as 0). */
  public int port() {
    return server.port();
  }

  /** Mock calls received and not yet answered, chaos delays included. */
  public int callsInFlight() {
    return callsInFlight.get();
  }

  @Override
  public void stop() {
    if (server == null) {
      return;
    }
    Duration limit = properties.drainTimeout();
    long deadline = System.nanoTime() + limit.toNanos();
    log.info(
        "Mock engine stopping: draining {} call(s) for up to {} ms",
        callsInFlight(),
        limit.toMillis());
    try {
      server.disposeNow(limit);
      awaitCallsDone(deadline);
    } catch (IllegalStateException stillRunning) {
      log.warn(
          "Calls still in flight after {} ms are cut off ({})", limit.toMillis(), callsInFlight());
      connections.close().awaitUninterruptibly(1, TimeUnit.SECONDS);
    }
  }

  /**
   * Reactor Netty's dispose returns once the last answer is written, sometimes before the call's
   * own completion (which queues its log event and counts it) has run on the event loop.
   */
  private void awaitCallsDone(long deadline) {
    while (callsInFlight() > 0 && System.nanoTime() < deadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
    }
  }

  @Override
  public boolean isRunning() {
    return server != null && !server.isDisposed();
  }
}
