package dev.mockapi.engine.http;

import io.netty.channel.EventLoop;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The event loop of a call's connection, as a scheduler. Every answer is written there: one written
 * from another thread (a state action's outcome completes on Lettuce's, a delay on a timer's, the
 * health check's Redis ping on a worker's) sometimes left the next request on the same keep-alive
 * connection unanswered ({@code KeepAliveTest}).
 */
@Component
class ConnectionLoops {

  private final Map<EventLoop, Scheduler> loops = new ConcurrentHashMap<>();

  Scheduler of(HttpServerResponse response) {
    EventLoop[] loop = new EventLoop[1];
    response.withConnection(connection -> loop[0] = connection.channel().eventLoop());
    return loops.computeIfAbsent(loop[0], Schedulers::fromExecutorService);
  }
}
