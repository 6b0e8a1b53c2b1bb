package dev.mockapi.manager.routetable;

import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.RouteTable;
import dev.mockapi.model.RoutesChanged;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes route tables to Redis and announces them; knows the key and channel layout. Tables are
 * named by slug, so two installations sharing one Redis share that name space: a table of another
 * installation is replaced with a warning (the engine cannot serve both), never removed.
 */
@Component
class RouteTableStore {

  private static final Logger log = LoggerFactory.getLogger(RouteTableStore.class);

  // Writes the table only if it is newer than what Redis holds for the same project, so a slow
  // publisher can never put an older table back over a newer one (a table of another project that
  // had the slug before is replaced); then records the slug and announces the change. Answers 2
  // when the replaced table named another installation.
  private static final RedisScript<Long> WRITE_IF_NEWER =
      RedisScript.of(
          """
          local current = redis.call('GET', KEYS[1])
          local written = 1
          if current then
            local ok, decoded = pcall(cjson.decode, current)
            if ok and type(decoded) == 'table' then
              local version = tonumber(decoded['version'])
              if ARGV[4] ~= 'force' and decoded['projectKey'] == ARGV[6]
                  and version and version >= tonumber(ARGV[2]) then
                return 0
              end
              local owner = decoded['installationId']
              if type(owner) == 'string' and owner ~= ARGV[7] then written = 2 end
            end
          end
          redis.call('SET', KEYS[1], ARGV[1])
          redis.call('SADD', KEYS[2], ARGV[5])
          redis.call('PUBLISH', ARGV[8], ARGV[3])
          return written
          """,
          Long.class);

  // Removes the table only while it belongs to this installation and, given a project key, to that
  // project: a late retry must not remove the table of a new project that took the slug meanwhile,
  // and no manager removes what another installation published. A table that names no
  // installation (an older manager's, or unreadable) is not provably this one's: it stays.
  private static final RedisScript<Long> REMOVE_IF_OWNED =
      RedisScript.of(
          """
          local current = redis.call('GET', KEYS[1])
          if current then
            local ok, decoded = pcall(cjson.decode, current)
            if not ok or type(decoded) ~= 'table' or decoded['installationId'] ~= ARGV[4] then
              return 0
            end
            if ARGV[2] ~= '' and decoded['projectKey'] ~= ARGV[2] then return 0 end
          end
          redis.call('DEL', KEYS[1])
          redis.call('SREM', KEYS[2], ARGV[3])
          redis.call('PUBLISH', ARGV[5], ARGV[1])
          return 1
          """,
          Long.class);

  private final StringRedisTemplate redis;
  private final JsonMapper json;
  private final Installation installation;

  RouteTableStore(StringRedisTemplate redis, JsonMapper json, Installation installation) {
    this.redis = redis;
    this.json = json;
    this.installation = installation;
  }

  /** What {@link #write} did. */
  enum Written {
    /** Redis holds a version of the project's table at least as new; nothing changed. */
    KEPT_NEWER,
    WRITTEN,
    /** Written over the table another installation had published for the same slug. */
    REPLACED_OTHER_INSTALLATION
  }

  /**
   * Stores and announces {@code table}; unless {@code force}, only when newer than the stored one.
   */
  Written write(RouteTable table, boolean force) {
    String announcement =
        json.writeValueAsString(new RoutesChanged(table.projectSlug(), table.version(), false));
    Long outcome =
        redis.execute(
            WRITE_IF_NEWER,
            List.of(RedisKeys.routes(table.projectSlug()), RedisKeys.PROJECT_SLUGS),
            json.writeValueAsString(table),
            Long.toString(table.version()),
            announcement,
            force ? "force" : "",
            table.projectSlug(),
            table.projectKey(),
            installation.id(),
            RedisKeys.CONFIG_CHANNEL);
    if (outcome == null || outcome == 0) {
      return Written.KEPT_NEWER;
    }
    if (outcome == 2) {
      log.warn(
          "The route table of '{}' belonged to another installation sharing this Redis; project {}"
              + " replaced it. Two installations must not use one slug on one Redis: the engine"
              + " serves whichever wrote last",
          table.projectSlug(),
          table.projectId());
      return Written.REPLACED_OTHER_INSTALLATION;
    }
    return Written.WRITTEN;
  }

  /**
   * Removes a slug's table of this installation and announces the removal; with a {@code
   * projectKey}, only if the table still belongs to that project.
   *
   * @return whether it was removed (false: the table is another project's or installation's)
   */
  boolean remove(String slug, String projectKey) {
    Long removed =
        redis.execute(
            REMOVE_IF_OWNED,
            List.of(RedisKeys.routes(slug), RedisKeys.PROJECT_SLUGS),
            json.writeValueAsString(new RoutesChanged(slug, 0, true)),
            projectKey == null ? "" : projectKey,
            slug,
            installation.id(),
            RedisKeys.CONFIG_CHANNEL);
    return removed != null && removed == 1;
  }

  Set<String> publishedSlugs() {
    Set<String> slugs = redis.opsForSet().members(RedisKeys.PROJECT_SLUGS);
    return slugs == null ? Set.of() : slugs;
  }
}
