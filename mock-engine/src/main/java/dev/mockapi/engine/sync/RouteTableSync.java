package dev.mockapi.engine.sync;

import dev.mockapi.engine.routing.RouteCompiler;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.RouteTable;
import dev.mockapi.model.RoutesChanged;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads route tables from Redis into the {@link ProjectRegistry}. Redis being down never stops
 * serving: the last tables stay in memory, and the next resync or announcement catches up.
 */
@Component
public class RouteTableSync implements MessageListener {

  private static final Logger log = LoggerFactory.getLogger(RouteTableSync.class);

  private final StringRedisTemplate redis;
  private final ProjectRegistry registry;
  private final JsonMapper json;
  private final Counter reloads;
  private final Counter failures;
  private final long maxTableBytes;

  RouteTableSync(
      StringRedisTemplate redis,
      ProjectRegistry registry,
      JsonMapper json,
      MeterRegistry meters,
      RouteTableLimits limits) {
    this.redis = redis;
    this.registry = registry;
    this.json = json;
    this.maxTableBytes = limits.routeTableSize().toBytes();
    this.reloads = meters.counter("mockapi.engine.route.reloads");
    this.failures = meters.counter("mockapi.engine.route.reload.failures");
  }

  /**
   * Loads every published table; the server calls it before it binds, then it runs on a schedule.
   */
  @Scheduled(
      fixedDelayString = "${mockapi.engine.resync-interval}",
      initialDelayString = "${mockapi.engine.resync-interval}")
  public void loadAll() {
    // Only projects served before this pass read the set may be dropped by it: one that an
    // announcement loads meanwhile is newer than what the pass saw.
    Set<String> servedBefore = registry.slugs();
    try {
      Set<String> slugs = redis.opsForSet().members(RedisKeys.PROJECT_SLUGS);
      Set<String> live = slugs == null ? Set.of() : new HashSet<>(slugs);
      for (String slug : live) {
        load(slug);
      }
      for (String slug : servedBefore) {
        if (!live.contains(slug)) {
          registry.remove(slug);
        }
      }
    } catch (RuntimeException e) {
      failures.increment();
      log.warn("Cannot read route tables from Redis ({}); serving the ones loaded", e.toString());
    }
  }

  @Override
  public void onMessage(Message message, byte[] pattern) {
    try {
      RoutesChanged change = json.readValue(message.getBody(), RoutesChanged.class);
      if (change.deleted()) {
        registry.remove(change.slug());
      } else if (change.version() > registry.version(change.slug())) {
        load(change.slug());
      }
    } catch (RuntimeException e) {
      failures.increment();
      log.warn("Could not apply a route-table announcement ({})", e.toString());
    }
  }

  private void load(String slug) {
    // Measured before it is read: a table over the bound never reaches the heap.
    Long bytes = redis.opsForValue().size(RedisKeys.routes(slug));
    if (bytes != null && bytes > maxTableBytes) {
      failures.increment();
      log.warn(
          "Route table of '{}' is {} bytes, over mockapi.limits.route-table-size ({});"
              + " keeping the previous one",
          slug,
          bytes,
          maxTableBytes);
      return;
    }
    String text = redis.opsForValue().get(RedisKeys.routes(slug));
    if (text == null) {
      registry.remove(slug);
      return;
    }
    try {
      registry.put(RouteCompiler.compile(json.readValue(text, RouteTable.class)));
      reloads.increment();
    } catch (RuntimeException e) {
      failures.increment();
      log.warn(
          "Route table of '{}' could not be loaded ({}); keeping the previous one",
          slug,
          e.toString());
    }
  }
}
