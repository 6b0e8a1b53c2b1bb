package dev.mockapi.manager.analytics;

import static dev.mockapi.model.RedisBytes.bytes;

import dev.mockapi.manager.project.ProjectRedisData;
import dev.mockapi.model.RedisKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisClusterConnection;
import org.springframework.data.redis.connection.RedisConnection;
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
                      connection.hashCommands().hGetAll(bytes(key));
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

  /**
   * Removes every analytics hash of the project, found by SCAN (never KEYS), in batches. On a Redis
   * Cluster SCAN sees one node: the one holding the project's hash slot.
   */
  @Override
  public void dropProject(String projectKey) {
    String prefix = RedisKeys.analyticsPrefix(projectKey);
    ScanOptions keys = ScanOptions.scanOptions().match(prefix + "*").count(1_000).build();
    redis.execute(
        (RedisCallback<Void>)
            connection -> {
              byte[] slotKey = bytes(prefix);
              try (Cursor<byte[]> cursor =
                  connection instanceof RedisClusterConnection cluster
                      ? cluster.scan(cluster.clusterGetNodeForKey(slotKey), keys)
                      : connection.keyCommands().scan(keys)) {
                unlinkAll(connection, cursor);
              }
              return null;
            });
  }

  private static void unlinkAll(RedisConnection connection, Cursor<byte[]> cursor) {
    List<byte[]> batch = new ArrayList<>(DELETE_BATCH);
    while (cursor.hasNext()) {
      batch.add(cursor.next());
      if (batch.size() == DELETE_BATCH) {
        connection.keyCommands().unlink(batch.toArray(byte[][]::new));
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      connection.keyCommands().unlink(batch.toArray(byte[][]::new));
    }
  }
}
