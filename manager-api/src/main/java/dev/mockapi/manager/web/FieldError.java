package dev.mockapi.manager.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One invalid field of a request.
 *
 * @param field the JSON path of the field, such as {@code chaos.delay.ms}
 * @param message what is wrong with it
 * @param line for templates, the 1-based line of the error inside the field's text
 * @param column for templates, the 1-based column of the error
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String message, Integer line, Integer column) {

  public FieldError(String field, String message) {
    this(field, message, null, null);
  }
}
