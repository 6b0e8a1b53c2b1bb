package dev.mockapi.manager.routetable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class InstallationConfig {

  /** Read once: the row never changes (a restored backup brings its installation with it). */
  @Bean
  Installation installation(JdbcTemplate jdbc) {
    return new Installation(jdbc.queryForObject("SELECT id FROM installation", String.class));
  }
}
