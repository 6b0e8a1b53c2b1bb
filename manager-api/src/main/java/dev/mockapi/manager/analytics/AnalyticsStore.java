package dev.mockapi.manager.analytics;

import dev.mockapi.manager.project.ProjectRedisData;
import dev.mockapi.model.RedisKeys;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/** The analytics hashes the engine writes, read in one round trip; Redis trouble is a 503. */
@Component
class AnalyticsStore implements ProjectRedisData {

  private static final Logger log = LoggerFactory.getLogger(AnalyticsStore.class);
  private static final int DELETE_BATCH = 500;
  private static final String UNAVAILABLE =
      "The analytics (Redis) cannot be reached; try again once it is back";

  private final StringRedisTemplate redis;

  AnalyticsStore(StringRedisTemplate redis) {
    this.redis = redis;
  }

  /** Every field of each hash, in the order of {@code keys}; an empty map for a missing hash. */
  @SuppressWarnings("unchecked")
  List<Map<String, String>> read(List<String> keys) {
    try {
      List<Object> hashes =
          redis.executePipelined(
              (RedisCallback<Object>)
                  connection -> {
                    for (String key : keys) {
                      connection.hashCommands().hGetAll(key.getBytes(StandardCharsets.UTF_8));
                    }
                    return null;
                  });
      return hashes.stream().map(hash -> (Map<String, String>) hash).toList();
    } catch (DataAccessException e) {
      log.warn("Analytics read failed: {}", e.toString());
      throw new AnalyticsUnavailableException(UNAVAILABLE);
    }
  }

  @Override
  public String description() {
    return "analytics";
  }

  /** Removes every analytics hash of the project, found by SCAN (never KEYS), in batches. */
  @Override
  public void dropProject(String projectKey) {
    ScanOptions keys =
        ScanOptions.scanOptions()
            .match(RedisKeys.analyticsPrefix(projectKey) + "*")
            .count(1_000)
            .build();
    List<String> batch = new ArrayList<>(DELETE_BATCH);
    try (Cursor<String> cursor = redis.scan(keys)) {
      while (cursor.hasNext()) {
        batch.add(cursor.next());
        if (batch.size() == DELETE_BATCH) {
          redis.unlink(batch);
          batch.clear();
        }
      }
    }
    if (!batch.isEmpty()) {
      redis.unlink(batch);
    }
  }
}
