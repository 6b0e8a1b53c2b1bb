package dev.mockapi.manager.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/** 400 listing every invalid field, under the problem's {@code errors} property. */
public class ValidationException extends ApiException {

  public ValidationException(List<FieldError> errors) {
    super(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, summary(errors));
    getBody().setTitle("Validation failed");
    getBody().setProperty("errors", List.copyOf(errors));
  }

  public ValidationException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  static String summary(List<FieldError> errors) {
    return errors.size() == 1
        ? errors.getFirst().field() + ": " + errors.getFirst().message()
        : errors.size() + " fields are invalid";
  }
}
