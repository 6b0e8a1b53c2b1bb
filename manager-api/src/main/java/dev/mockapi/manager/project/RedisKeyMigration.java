package dev.mockapi.manager.project;

import dev.mockapi.model.RedisKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisClusterConnection;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Moves the keys of this installation's projects from the names without a hash tag (written before
 * Redis Cluster support) to today's tagged names on start-up, one project per script: a project's
 * state, history and analytics move together or not at all. Runs on every start and moves only what
 * is still under an old name. A Redis Cluster never held the old names (their scripts could not run
 * there), so nothing is done on one.
 */
@Component
class RedisKeyMigration {

  private static final Logger log = LoggerFactory.getLogger(RedisKeyMigration.class);
  private static final String OLD_ANALYTICS = "mockapi:analytics:";

  private static final RedisScript<Long> MIGRATE =
      RedisScript.of(
          new ClassPathResource("dev/mockapi/manager/project/migrate-keys.lua"), Long.class);

  private final StringRedisTemplate redis;
  private final ProjectRepository projects;

  RedisKeyMigration(StringRedisTemplate redis, ProjectRepository projects) {
    this.redis = redis;
    this.projects = projects;
  }

  @EventListener(ApplicationReadyEvent.class)
  void migrateQuietly() {
    try {
      migrate(projects.findAllProjectKeys());
    } catch (DataAccessException e) {
      log.warn("Redis keys not migrated to the tagged names, tried again on the next start: {}", e);
    }
  }

  /** Moves the keys of these projects still under old names; answers how many keys moved. */
  long migrate(List<String> keys) {
    if (Boolean.TRUE.equals(
        redis.execute((RedisCallback<Boolean>) c -> c instanceof RedisClusterConnection))) {
      return 0;
    }
    Map<String, List<String>> analytics = oldAnalyticsKeys();
    long moved = 0;
    for (String key : keys) {
      List<String> args = new ArrayList<>();
      args.add(key);
      args.addAll(analytics.getOrDefault(key, List.of()));
      Long count = redis.execute(MIGRATE, List.of(), args.toArray());
      moved += count == null ? 0 : count;
    }
    if (moved > 0) {
      log.info("Moved {} Redis key(s) of {} project(s) to hash-tagged names", moved, keys.size());
    }
    return moved;
  }

  /** The untagged analytics hashes by project key, found by one SCAN (never KEYS). */
  private Map<String, List<String>> oldAnalyticsKeys() {
    Map<String, List<String>> byProject = new HashMap<>();
    ScanOptions options = ScanOptions.scanOptions().match(OLD_ANALYTICS + "*").count(1_000).build();
    try (Cursor<String> cursor = redis.scan(options)) {
      while (cursor.hasNext()) {
        String name = cursor.next();
        int end = name.indexOf(':', OLD_ANALYTICS.length());
        String key = end < 0 ? null : name.substring(OLD_ANALYTICS.length(), end);
        if (RedisKeys.isProjectKey(key)) {
          byProject.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
        }
      }
    }
    return byProject;
  }
}
