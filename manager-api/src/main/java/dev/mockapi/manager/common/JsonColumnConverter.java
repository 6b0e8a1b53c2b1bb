package dev.mockapi.manager.common;

import jakarta.persistence.AttributeConverter;
import tools.jackson.databind.json.JsonMapper;

/** Stores a value object as JSON text in one column; null stays null. */
public abstract class JsonColumnConverter<T> implements AttributeConverter<T, String> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Class<T> type;

  protected JsonColumnConverter(Class<T> type) {
    this.type = type;
  }

  @Override
  public String convertToDatabaseColumn(T value) {
    return value == null ? null : JSON.writeValueAsString(value);
  }

  @Override
  public T convertToEntityAttribute(String column) {
    return column == null ? null : JSON.readValue(column, type);
  }
}
