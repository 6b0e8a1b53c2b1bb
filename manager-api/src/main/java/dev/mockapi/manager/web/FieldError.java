package dev.mockapi.manager.web;

/**
 * One invalid field of a request.
 *
 * @param field the JSON path of the field, such as {@code chaos.delay.ms}
 * @param message what is wrong with it
 */
public record FieldError(String field, String message) {}
