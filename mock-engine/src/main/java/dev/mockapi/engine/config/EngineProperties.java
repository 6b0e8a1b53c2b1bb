package dev.mockapi.engine.config;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the mock engine ({@code mockapi.engine.*}).
 *
 * @param host address the mock server binds
 * @param port port of the mock server (mocks, health and metrics)
 * @param maxRequestBodySize larger request bodies are answered 413
 * @param maxHeaderSize larger request header blocks are refused by the HTTP codec
 * @param maxUrlLength longer request lines are refused by the HTTP codec
 * @param logQueueCapacity log events waiting for Redis; beyond it events are dropped and counted
 * @param logQueueSize heap the waiting log events may hold; beyond it events are dropped and
 *     counted
 * @param historyLength events kept per project in the history stream
 * @param resyncInterval how often every route table is reloaded, healing missed announcements
 * @param ioThreads event-loop threads serving HTTP and Redis; 0 means one per available core
 * @param analyticsFlushInterval how often the analytics counted in memory are added to Redis
 * @param drainTimeout on shutdown, how long calls in flight (chaos delays included) may take to
 *     finish after the engine stopped accepting connections, and then again how long the waiting
 *     log events may take to reach Redis
 */
@Validated
@ConfigurationProperties("mockapi.engine")
public record EngineProperties(
    @NotNull String host,
    @Min(0) int port,
    @NotNull DataSize maxRequestBodySize,
    @NotNull DataSize maxHeaderSize,
    @Min(256) int maxUrlLength,
    @Min(1) int logQueueCapacity,
    @NotNull DataSize logQueueSize,
    @Min(1) int historyLength,
    @NotNull Duration resyncInterval,
    @Min(0) int ioThreads,
    @NotNull @DurationMin(millis = 100) Duration analyticsFlushInterval,
    @NotNull @DurationMin(millis = 100) Duration drainTimeout) {

  /**
   * The event loops, one per available core unless configured. Reactor Netty's default (at least 4)
   * time-slices loops that always have work on fewer cores: a call then waits for the other loops'
   * turns, which put the static route's p99 at 20-30 ms on one core against 6-9 ms with one loop
   * (bench/README.md).
   */
  public int eventLoops() {
    return ioThreads > 0 ? ioThreads : Runtime.getRuntime().availableProcessors();
  }
}
