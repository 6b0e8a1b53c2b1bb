package dev.mockapi.manager.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mockapi.manager.support.UnreachableRedis;
import dev.mockapi.manager.web.ApiException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** How the analytics route answers while Redis is away: a 503 problem, never a 500. */
class AnalyticsStoreTest {

  private LettuceConnectionFactory connections;
  private AnalyticsStore analytics;

  @BeforeEach
  void redisThatIsNotThere() {
    connections = UnreachableRedis.connections();
    analytics = new AnalyticsStore(new StringRedisTemplate(connections));
  }

  @AfterEach
  void close() {
    connections.destroy();
  }

  @Test
  void readingWhileRedisCannotBeReachedIsA503Problem() {
    var failure =
        catchThrowableOfType(
            ApiException.class, () -> analytics.read(List.of("mockapi:analytics:7:m:1")));

    assertThat(failure.getStatusCode().value()).isEqualTo(503);
    assertThat(failure.getBody().getType().toString())
        .isEqualTo("urn:mockapi:problem:analytics-unavailable");
    assertThat(failure.getMessage()).contains("Redis");
  }
}
