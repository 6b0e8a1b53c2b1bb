package dev.mockapi.engine.support;

import dev.mockapi.engine.EngineApplication;
import dev.mockapi.model.testsupport.TestRedis;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Engines of a test's own, beside the suite's, on {@link TestRedis} and a free port. */
public final class Engines {

  private Engines() {}

  /**
   * Starts one; {@code settings} ({@code --name=value}) add to or override the defaults. Arguments,
   * not default properties: those lose to application.yml's.
   */
  public static ConfigurableApplicationContext start(String... settings) {
    TestRedis.Server redis = TestRedis.get(TestRedis.ENGINE_SUITE);
    List<String> defaults =
        List.of(
            "--spring.data.redis.host=" + redis.host(),
            "--spring.data.redis.port=" + redis.port(),
            "--spring.data.redis.database=" + redis.database(),
            "--mockapi.engine.host=127.0.0.1",
            "--mockapi.engine.port=0",
            "--spring.main.banner-mode=off");
    return new SpringApplicationBuilder(EngineApplication.class)
        .run(Stream.concat(defaults.stream(), Stream.of(settings)).toArray(String[]::new));
  }
}
