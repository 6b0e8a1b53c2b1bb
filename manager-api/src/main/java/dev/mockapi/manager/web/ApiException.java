package dev.mockapi.manager.web;

import dev.mockapi.model.ProblemType;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A failure the client caused or may see, answered as problem JSON of its catalogue type. */
public class ApiException extends ErrorResponseException {

  public ApiException(ProblemType type, String detail) {
    super(HttpStatusCode.valueOf(type.status()), problem(type, detail), null);
  }

  /** The problem of {@code type} with {@code detail}, as every answer of the manager carries it. */
  static ProblemDetail problem(ProblemType type, String detail) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(type.status()), detail);
    problem.setType(type.uri());
    problem.setTitle(type.title());
    return problem;
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }
}
