package dev.mockapi.manager.config;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Starts the embedded Redis (when {@code mockapi.redis.embedded} calls for it) before any Redis
 * connection factory is created, and stops it when the context closes.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedRedisConfig {

  static final String BEAN_NAME = "embeddedRedis";

  @Bean(name = BEAN_NAME, destroyMethod = "close")
  EmbeddedRedisHolder embeddedRedis(
      EmbeddedRedisProperties properties, DataRedisProperties redis, MockapiProperties mockapi) {
    if (redis.getCluster() != null || redis.getSentinel() != null) {
      // A cluster or Sentinel set-up names its own servers; host and port are not used then.
      return new EmbeddedRedisHolder(null);
    }
    return new EmbeddedRedisHolder(
        EmbeddedRedis.startIfNeeded(
            properties, redis.getHost(), redis.getPort(), mockapi.dataDir()));
  }

  /** Makes every Redis connection factory wait for the embedded server. */
  @Bean
  static BeanFactoryPostProcessor redisWaitsForEmbeddedServer() {
    return beanFactory -> {
      for (String name :
          beanFactory.getBeanNamesForType(RedisConnectionFactory.class, true, false)) {
        BeanDefinition definition = beanFactory.getBeanDefinition(name);
        String[] dependsOn = definition.getDependsOn();
        String[] merged =
            dependsOn == null
                ? new String[1]
                : java.util.Arrays.copyOf(dependsOn, dependsOn.length + 1);
        merged[merged.length - 1] = BEAN_NAME;
        definition.setDependsOn(merged);
      }
    };
  }

  /** Holds the server, if one was started, so the context can stop it. */
  record EmbeddedRedisHolder(EmbeddedRedis server) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      if (server != null) {
        server.close();
      }
    }
  }
}
