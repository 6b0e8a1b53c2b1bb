package dev.mockapi.manager.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A failure the client caused or may see, answered as problem JSON with its own status. */
public class ApiException extends ErrorResponseException {

  public ApiException(HttpStatus status, URI type, String detail) {
    super(status, problem(status, type, detail), null);
  }

  private static ProblemDetail problem(HttpStatus status, URI type, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type);
    problem.setTitle(status.getReasonPhrase());
    return problem;
  }

  @Override
  public String getMessage() {
    return getBody().getDetail();
  }
}
