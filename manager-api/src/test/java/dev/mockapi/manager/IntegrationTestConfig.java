package dev.mockapi.manager;

import dev.mockapi.model.RedisKeys;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Removes the route tables this suite wrote from its Redis database when the context closes. */
@TestConfiguration(proxyBeanMethods = false)
class IntegrationTestConfig {

  @Bean
  DisposableBean removeTestKeysFromRedis(StringRedisTemplate redis) {
    return () -> {
      try {
        Set<String> slugs = redis.opsForSet().members(RedisKeys.PROJECT_SLUGS);
        if (slugs != null) {
          slugs.forEach(slug -> redis.delete(RedisKeys.routes(slug)));
        }
        redis.delete(RedisKeys.PROJECT_SLUGS);
      } catch (RuntimeException redisGone) {
        // nothing left to clean
      }
    };
  }
}
