package dev.mockapi.engine.support;

import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.RouteTable;
import dev.mockapi.model.RoutesChanged;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Writes and announces route tables the way the manager does: SET, SADD, PUBLISH. */
public final class TablePublisher {

  private final StringRedisTemplate redis;
  private final JsonMapper json;

  public TablePublisher(StringRedisTemplate redis, JsonMapper json) {
    this.redis = redis;
    this.json = json;
  }

  public void publish(RouteTable table) {
    write(table);
    announce(new RoutesChanged(table.projectSlug(), table.version(), false));
  }

  /** Stores the table without announcing it. */
  public void write(RouteTable table) {
    redis.opsForValue().set(RedisKeys.routes(table.projectSlug()), json.writeValueAsString(table));
    redis.opsForSet().add(RedisKeys.PROJECT_SLUGS, table.projectSlug());
  }

  public void announce(RoutesChanged change) {
    redis.convertAndSend(RedisKeys.CONFIG_CHANNEL, json.writeValueAsString(change));
  }

  /** Removes the table and the slug without announcing it. */
  public void remove(String slug) {
    redis.delete(RedisKeys.routes(slug));
    redis.opsForSet().remove(RedisKeys.PROJECT_SLUGS, slug);
  }

  /** Removes the table, as the manager does when a project is deleted, and announces it. */
  public void delete(String slug) {
    remove(slug);
    announce(new RoutesChanged(slug, 0, true));
  }
}
