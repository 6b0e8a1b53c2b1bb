package dev.mockapi.manager.livelog;

import dev.mockapi.manager.project.ProjectRedisData;
import dev.mockapi.model.RedisKeys;
import dev.mockapi.model.RequestLogEvent;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A project's history stream as the engine writes it: field {@code event} of each entry holds one
 * {@link RequestLogEvent} as JSON. The stream is capped near 1 000 entries, so it is read whole.
 */
@Component
class RequestHistoryStore implements ProjectRedisData {

  /** The stream field the engine writes each event to. */
  static final String FIELD = "event";

  private static final Logger log = LoggerFactory.getLogger(RequestHistoryStore.class);
  private static final String UNAVAILABLE =
      "The request history (Redis) cannot be reached; try again once it is back";

  private final StringRedisTemplate redis;
  private final JsonMapper json;

  RequestHistoryStore(StringRedisTemplate redis, JsonMapper json) {
    this.redis = redis;
    this.json = json;
  }

  /** Every readable event of the project, newest first. */
  List<RequestLogEvent> newestFirst(String projectKey) {
    List<MapRecord<String, Object, Object>> entries;
    try {
      entries = redis.opsForStream().reverseRange(RedisKeys.history(projectKey), Range.unbounded());
    } catch (DataAccessException e) {
      throw unavailable(e);
    }
    if (entries == null) {
      return List.of();
    }
    return entries.stream().map(this::read).filter(Objects::nonNull).toList();
  }

  @Override
  public String description() {
    return "request history";
  }

  @Override
  public void dropProject(String projectKey) {
    clear(projectKey);
  }

  void clear(String projectKey) {
    try {
      redis.delete(RedisKeys.history(projectKey));
    } catch (DataAccessException e) {
      throw unavailable(e);
    }
  }

  // An entry the engine of another version wrote, or anything else unreadable, is skipped: one bad
  // entry must not hide the whole history.
  private RequestLogEvent read(MapRecord<String, Object, Object> entry) {
    Object text = entry.getValue().get(FIELD);
    if (text == null) {
      log.debug("History entry {} has no {} field; skipped", entry.getId(), FIELD);
      return null;
    }
    try {
      return json.readValue(text.toString(), RequestLogEvent.class);
    } catch (JacksonException e) {
      log.debug(
          "History entry {} is not a request log event; skipped: {}",
          entry.getId(),
          e.getMessage());
      return null;
    }
  }

  private static HistoryUnavailableException unavailable(DataAccessException failure) {
    log.warn("Request history call failed: {}", failure.toString());
    return new HistoryUnavailableException(UNAVAILABLE);
  }
}
