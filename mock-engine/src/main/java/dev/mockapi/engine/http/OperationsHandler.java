package dev.mockapi.engine.http;

import dev.mockapi.engine.sync.ProjectRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.server.HttpServerResponse;

/** {@code /actuator/health} and {@code /actuator/prometheus} on the mock port. */
@Component
class OperationsHandler {

  private final Responses responses;
  private final PrometheusMeterRegistry prometheus;
  private final StringRedisTemplate redis;
  private final ProjectRegistry registry;
  private final ConnectionLoops loops;

  OperationsHandler(
      Responses responses,
      PrometheusMeterRegistry prometheus,
      StringRedisTemplate redis,
      ProjectRegistry registry,
      ConnectionLoops loops) {
    this.responses = responses;
    this.prometheus = prometheus;
    this.redis = redis;
    this.registry = registry;
    this.loops = loops;
  }

  /**
   * UP while the engine serves; Redis is reported apart, since mocks keep answering without it. The
   * ping blocks, so it runs on a worker; the answer is written on the connection's event loop.
   */
  Publisher<Void> health(HttpServerResponse response) {
    return Mono.fromCallable(this::redisStatus)
        .subscribeOn(Schedulers.boundedElastic())
        .publishOn(loops.of(response))
        .flatMap(
            redisStatus -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("status", "UP");
              body.put("components", Map.of("redis", Map.of("status", redisStatus)));
              body.put("projects", registry.size());
              return Mono.from(
                  responses.text(
                      response, 200, "application/json", responses.json(body), Map.of()));
            });
  }

  Publisher<Void> prometheus(HttpServerResponse response) {
    return responses.text(
        response, 200, "text/plain; version=0.0.4; charset=utf-8", prometheus.scrape(), Map.of());
  }

  private String redisStatus() {
    try {
      String pong =
          redis.execute((org.springframework.data.redis.core.RedisCallback<String>) c -> c.ping());
      return "PONG".equalsIgnoreCase(pong) ? "UP" : "DOWN";
    } catch (RuntimeException e) {
      return "DOWN";
    }
  }
}
