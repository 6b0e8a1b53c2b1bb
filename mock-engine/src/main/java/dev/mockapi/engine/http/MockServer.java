package dev.mockapi.engine.http;

import dev.mockapi.engine.config.EngineProperties;
import dev.mockapi.engine.config.EventLoops;
import dev.mockapi.engine.sync.RouteTableSync;
import java.util.Map;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The engine's HTTP server: Reactor Netty on the {@link EventLoops} it shares with Lettuce, bound
 * when the context starts, closed when it stops.
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
            .handle(this::route)
            .bindNow();
    log.info("Mock engine serving http://{}:{}/mock/<projectSlug>/", properties.host(), port());
  }

  private Publisher<Void> route(HttpServerRequest request, HttpServerResponse response) {
    String uri = request.uri();
    if (MockHandler.handles(uri)) {
      return mocks.serve(request, response);
    }
    if (uri.equals("/actuator/health") || uri.startsWith("/actuator/health?")) {
      return operations.health(response);
    }
    if (uri.equals("/actuator/prometheus")) {
      return operations.prometheus(response);
    }
    return responses.problem(
        response,
        Problem.of(404, "not-found", "Not found", "Mocks are served under /mock/{projectSlug}/..."),
        Map.of());
  }

  /** The bound port (useful when configured as 0). */
  public int port() {
    return server.port();
  }

  @Override
  public void stop() {
    if (server != null) {
      server.disposeNow();
    }
  }

  @Override
  public boolean isRunning() {
    return server != null && !server.isDisposed();
  }
}
