package dev.mockapi.manager.livelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mockapi.manager.support.UnreachableRedis;
import dev.mockapi.manager.web.ApiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** How the history routes answer while Redis is away: a 503 problem, never a 500. */
class RequestHistoryStoreTest {

  private static final String KEY = "5a0e2c1d-3b4f-4a6e-8d7c-9b0a1f2e3d4c";

  private LettuceConnectionFactory connections;
  private RequestHistoryStore history;

  @BeforeEach
  void redisThatIsNotThere() {
    connections = UnreachableRedis.connections();
    history =
        new RequestHistoryStore(new StringRedisTemplate(connections), JsonMapper.builder().build());
  }

  @AfterEach
  void close() {
    connections.destroy();
  }

  @Test
  void readingWhileRedisCannotBeReachedIsA503Problem() {
    assertUnavailable(catchThrowableOfType(ApiException.class, () -> history.newestFirst(KEY)));
  }

  @Test
  void clearingWhileRedisCannotBeReachedIsA503Problem() {
    assertUnavailable(catchThrowableOfType(ApiException.class, () -> history.clear(KEY)));
  }

  private static void assertUnavailable(ApiException failure) {
    assertThat(failure.getStatusCode().value()).isEqualTo(503);
    assertThat(failure.getBody().getType().toString())
        .isEqualTo("urn:mockapi:problem:history-unavailable");
    assertThat(failure.getMessage()).contains("Redis");
  }
}
