package dev.mockapi.manager.livelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mockapi.manager.support.TestRedis;
import dev.mockapi.manager.web.ApiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** How the history routes answer while Redis is away: a 503 problem, never a 500. */
class RequestHistoryStoreTest {

  private LettuceConnectionFactory connections;
  private RequestHistoryStore history;

  @BeforeEach
  void redisThatIsNotThere() {
    connections = TestRedis.unreachable();
    history =
        new RequestHistoryStore(new StringRedisTemplate(connections), JsonMapper.builder().build());
  }

  @AfterEach
  void close() {
    connections.destroy();
  }

  @Test
  void readingWhileRedisCannotBeReachedIsA503Problem() {
    assertUnavailable(catchThrowableOfType(ApiException.class, () -> history.newestFirst(7)));
  }

  @Test
  void clearingWhileRedisCannotBeReachedIsA503Problem() {
    assertUnavailable(catchThrowableOfType(ApiException.class, () -> history.clear(7)));
  }

  private static void assertUnavailable(ApiException failure) {
    assertThat(failure.getStatusCode().value()).isEqualTo(503);
    assertThat(failure.getBody().getType().toString())
        .isEqualTo("urn:mockapi:problem:history-unavailable");
    assertThat(failure.getMessage()).contains("Redis");
  }
}
