package dev.mockapi.engine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The mock engine. Spring wires it; the HTTP hot path is a Reactor Netty server of its own, so the
 * application itself runs without a servlet or WebFlux stack.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class EngineApplication {

  public static void main(String[] args) {
    SpringApplication.run(EngineApplication.class, args);
  }
}
