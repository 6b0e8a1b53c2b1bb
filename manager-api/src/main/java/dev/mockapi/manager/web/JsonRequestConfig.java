package dev.mockapi.manager.web;

import java.util.List;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON converter of the REST API: Spring Boot's Jackson settings, on a parser bounded by {@code
 * mockapi.api.json.*} and {@code mockapi.api.max-request-size}. Only request bodies need these
 * bounds; the application's own {@link JsonMapper} also reads what the engine stored in Redis,
 * which the engine bounds when it writes.
 */
@Configuration(proxyBeanMethods = false)
class JsonRequestConfig {

  @Bean
  JacksonJsonHttpMessageConverter jacksonJsonHttpMessageConverter(
      List<JsonMapperBuilderCustomizer> customizers, ApiProperties properties) {
    ApiProperties.Json limits = properties.json();
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxNameLength())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxNumberLength(limits.maxNumberLength())
            .maxDocumentLength(properties.maxRequestSize().toBytes())
            .build();
    JsonMapper.Builder builder =
        JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build());
    customizers.forEach(customizer -> customizer.customize(builder));
    return new JacksonJsonHttpMessageConverter(builder.build());
  }
}
