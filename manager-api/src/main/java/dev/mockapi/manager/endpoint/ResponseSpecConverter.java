package dev.mockapi.manager.endpoint;

import dev.mockapi.manager.common.JsonColumnConverter;
import dev.mockapi.model.ResponseSpec;
import jakarta.persistence.Converter;

@Converter
class ResponseSpecConverter extends JsonColumnConverter<ResponseSpec> {

  ResponseSpecConverter() {
    super(ResponseSpec.class);
  }
}
