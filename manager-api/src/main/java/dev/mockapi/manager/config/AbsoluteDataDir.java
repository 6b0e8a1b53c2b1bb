package dev.mockapi.manager.config;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code mockapi.data-dir} absolute before anything reads it: H2 refuses a database path that
 * is implicitly relative ({@code MOCKAPI_DATA_DIR=data} would stop the manager at start).
 */
class AbsoluteDataDir implements EnvironmentPostProcessor, Ordered {

  private static final String PROPERTY = "mockapi.data-dir";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    String dataDir = environment.getProperty(PROPERTY);
    if (dataDir != null && !dataDir.isBlank()) {
      String absolute = Path.of(dataDir).toAbsolutePath().normalize().toString();
      environment
          .getPropertySources()
          .addFirst(new MapPropertySource("absoluteDataDir", Map.of(PROPERTY, absolute)));
    }
  }

  /** After the config files and the environment are read. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
