package dev.mockapi.manager.endpoint;

import dev.mockapi.manager.common.JsonColumnConverter;
import dev.mockapi.model.StateBinding;
import jakarta.persistence.Converter;

@Converter
class StateBindingConverter extends JsonColumnConverter<StateBinding> {

  StateBindingConverter() {
    super(StateBinding.class);
  }
}
