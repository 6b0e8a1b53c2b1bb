package dev.mockapi.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The engine's port as its application.yml resolves it, with the property sources in Spring Boot's
 * order (command line, environment, then {@code .env} and application.yml): {@code
 * mockapi.engine.port} ({@code MOCKAPI_ENGINE_PORT}) first, else the standard {@code server.port}
 * ({@code SERVER_PORT}), else 8001.
 */
class EnginePortTest {

  private static int port(String[] args, Map<String, Object> env, Map<String, Object> dotEnv)
      throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    MutablePropertySources sources = environment.getPropertySources();
    sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    sources.addLast(new SimpleCommandLinePropertySource(args));
    sources.addLast(
        new SystemEnvironmentPropertySource(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env));
    sources.addLast(new MapPropertySource(".env", dotEnv));
    new YamlPropertySourceLoader()
        .load("application.yml", new ClassPathResource("application.yml"))
        .forEach(sources::addLast);
    ConfigurationPropertySources.attach(environment);
    return Binder.get(environment).bind("mockapi.engine.port", Integer.class).get();
  }

  @Test
  void withNoPortConfiguredThen8001() throws IOException {
    assertThat(port(new String[0], Map.of(), Map.of())).isEqualTo(8001);
  }

  @Test
  void serverPortFromTheEnvironmentMovesTheEngine() throws IOException {
    assertThat(port(new String[0], Map.of("SERVER_PORT", "9100"), Map.of())).isEqualTo(9100);
  }

  @Test
  void serverPortOnTheCommandLineMovesTheEngine() throws IOException {
    assertThat(port(new String[] {"--server.port=9100"}, Map.of(), Map.of())).isEqualTo(9100);
  }

  @Test
  void whenBothAreSetThenMockapiEnginePortWins() throws IOException {
    // hostile-tenant's Stack, bench/startup.sh: one environment for the manager and the engine.
    Map<String, Object> env = Map.of("SERVER_PORT", "9100", "MOCKAPI_ENGINE_PORT", "9101");

    assertThat(port(new String[0], env, Map.of())).isEqualTo(9101);
    assertThat(
            port(
                new String[] {"--server.port=9100", "--mockapi.engine.port=9101"},
                Map.of(),
                Map.of()))
        .isEqualTo(9101);
  }

  @Test
  void mockapiEnginePortInDotEnvWinsOverServerPortFromTheEnvironment() throws IOException {
    assertThat(
            port(
                new String[0],
                Map.of("SERVER_PORT", "9100"),
                Map.of("MOCKAPI_ENGINE_PORT", "9101")))
        .isEqualTo(9101);
  }

  @Test
  void serverPortInDotEnvIsTheManagersAndLeavesTheEngineAlone() throws IOException {
    assertThat(port(new String[0], Map.of(), Map.of("SERVER_PORT", "9100"))).isEqualTo(8001);
  }
}
