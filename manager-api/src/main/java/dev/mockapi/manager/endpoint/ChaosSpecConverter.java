package dev.mockapi.manager.endpoint;

import dev.mockapi.manager.common.JsonColumnConverter;
import dev.mockapi.model.ChaosSpec;
import jakarta.persistence.Converter;

@Converter
class ChaosSpecConverter extends JsonColumnConverter<ChaosSpec> {

  ChaosSpecConverter() {
    super(ChaosSpec.class);
  }
}
