package dev.mockapi.manager.routetable;

import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.RouteTable;
import dev.mockapi.model.RoutesChanged;
import java.util.List;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes route tables to Redis and announces them; knows the key and channel layout. */
@Component
class RouteTableStore {

  // Writes the table only if it is newer than what Redis holds for the same project, so a slow
  // publisher can never put an older table back over a newer one (a table of another project that
  // had the slug before is replaced); then records the slug and announces the change.
  private static final RedisScript<Long> WRITE_IF_NEWER =
      RedisScript.of(
          """
          local current = redis.call('GET', KEYS[1])
          if current and ARGV[4] ~= 'force' then
            local ok, decoded = pcall(cjson.decode, current)
            if ok and tostring(decoded['projectId']) == ARGV[6]
                and tonumber(decoded['version']) >= tonumber(ARGV[2]) then
              return 0
            end
          end
          redis.call('SET', KEYS[1], ARGV[1])
          redis.call('SADD', KEYS[2], ARGV[5])
          redis.call('PUBLISH', KEYS[3], ARGV[3])
          return 1
          """,
          Long.class);

  private final StringRedisTemplate redis;
  private final JsonMapper json;

  RouteTableStore(StringRedisTemplate redis, JsonMapper json) {
    this.redis = redis;
    this.json = json;
  }

  /**
   * Stores and announces {@code table}; unless {@code force}, only when newer than the stored one.
   *
   * @return whether the table was written
   */
  boolean write(RouteTable table, boolean force) {
    String announcement =
        json.writeValueAsString(new RoutesChanged(table.projectSlug(), table.version(), false));
    Long written =
        redis.execute(
            WRITE_IF_NEWER,
            List.of(
                RedisKeys.routes(table.projectSlug()),
                RedisKeys.PROJECT_SLUGS,
                RedisKeys.CONFIG_CHANNEL),
            json.writeValueAsString(table),
            Long.toString(table.version()),
            announcement,
            force ? "force" : "",
            table.projectSlug(),
            Long.toString(table.projectId()));
    return written != null && written == 1;
  }

  // Removes the table only while it still belongs to the deleted project: a late retry must not
  // remove the table of a new project that took the slug meanwhile.
  private static final RedisScript<Long> REMOVE_IF_OWNED =
      RedisScript.of(
          """
          local current = redis.call('GET', KEYS[1])
          if current and ARGV[2] ~= '' then
            local ok, decoded = pcall(cjson.decode, current)
            if ok and tostring(decoded['projectId']) ~= ARGV[2] then return 0 end
          end
          redis.call('DEL', KEYS[1])
          redis.call('SREM', KEYS[2], ARGV[3])
          redis.call('PUBLISH', KEYS[3], ARGV[1])
          return 1
          """,
          Long.class);

  /**
   * Removes a slug's table and announces the removal; with a {@code projectId}, only if the table
   * still belongs to that project.
   */
  void remove(String slug, Long projectId) {
    redis.execute(
        REMOVE_IF_OWNED,
        List.of(RedisKeys.routes(slug), RedisKeys.PROJECT_SLUGS, RedisKeys.CONFIG_CHANNEL),
        json.writeValueAsString(new RoutesChanged(slug, 0, true)),
        projectId == null ? "" : projectId.toString(),
        slug);
  }

  Set<String> publishedSlugs() {
    Set<String> slugs = redis.opsForSet().members(RedisKeys.PROJECT_SLUGS);
    return slugs == null ? Set.of() : slugs;
  }
}
