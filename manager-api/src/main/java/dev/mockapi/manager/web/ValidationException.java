package dev.mockapi.manager.web;

import dev.mockapi.model.ProblemType;
import java.util.List;

/** 400 listing every invalid field, under the problem's {@code errors} property. */
public class ValidationException extends ApiException {

  private final List<FieldError> errors;

  public ValidationException(List<FieldError> errors) {
    super(ProblemType.VALIDATION, summary(errors));
    this.errors = List.copyOf(errors);
    getBody().setProperty("errors", this.errors);
  }

  public ValidationException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  static String summary(List<FieldError> errors) {
    return errors.size() == 1
        ? errors.getFirst().field() + ": " + errors.getFirst().message()
        : errors.size() + " fields are invalid";
  }
}
