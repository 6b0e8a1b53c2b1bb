package dev.mockapi.manager.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockPropertySource;

class AbsoluteDataDirTest {

  private final StandardEnvironment environment = new StandardEnvironment();

  @Test
  void relativeDataDirBecomesAbsoluteUnderTheWorkingDirectory() {
    environment
        .getPropertySources()
        .addLast(new MockPropertySource().withProperty("mockapi.data-dir", "data/../mockapi"));

    new AbsoluteDataDir().postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty("mockapi.data-dir"))
        .isEqualTo(Path.of("").toAbsolutePath().resolve("mockapi").toString());
  }

  @Test
  void absoluteDataDirIsKept() {
    environment
        .getPropertySources()
        .addLast(new MockPropertySource().withProperty("mockapi.data-dir", "/var/lib/mockapi"));

    new AbsoluteDataDir().postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty("mockapi.data-dir")).isEqualTo("/var/lib/mockapi");
  }
}
