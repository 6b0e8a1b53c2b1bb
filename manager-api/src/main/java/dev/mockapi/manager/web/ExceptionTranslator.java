package dev.mockapi.manager.web;

import dev.mockapi.model.ProblemType;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Turns every exception a controller lets out into RFC 9457 problem JSON. Bad input is a 4xx with a
 * message a person can act on; anything unexpected is a 500 without internals.
 */
@RestControllerAdvice
class ExceptionTranslator extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ExceptionTranslator.class);
  private static final Pattern QUALIFIED_TYPE = Pattern.compile("`(?:[\\w$]+\\.)+([\\w$]+)`");
  // Jackson names the setting it checked ("..., from
  // `StreamReadConstraints.getMaxStringLength()`").
  private static final Pattern CONSTRAINT_SOURCE = Pattern.compile(", from `[^`]*`");

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
            .toList();
    return problem(new ValidationException(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    RequestSizeLimitFilter.BodyTooLarge tooLarge = bodyTooLarge(ex);
    if (tooLarge != null) {
      return handleBodyTooLarge(tooLarge);
    }
    if (ex.getMostSpecificCause() instanceof JacksonException jackson) {
      return problem(describe(jackson));
    }
    return ResponseEntity.badRequest()
        .body(
            ApiException.problem(
                ProblemType.BAD_REQUEST, "The request body is missing or is not valid JSON"));
  }

  /** Gives Spring's own errors (404 route, 405, 415, type mismatch...) our stable type URIs. */
  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail problem
        && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
      ProblemType type =
          switch (status.value()) {
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 409 -> ProblemType.CONFLICT;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            default -> status.is5xxServerError() ? ProblemType.INTERNAL : ProblemType.BAD_REQUEST;
          };
      problem.setType(type.uri());
    }
    return super.createResponseEntity(body, headers, status, request);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex) {
    List<FieldError> errors =
        ex.getConstraintViolations().stream()
            .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
            .toList();
    return problem(new ValidationException(errors));
  }

  /**
   * Only endpoints carry a JPA {@code @Version}: a save raced by another one is a stale version.
   */
  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<Object> handleStaleWrite(OptimisticLockingFailureException ex) {
    return problem(
        new StaleVersionException(
            "Someone else changed this resource at the same time; reload it and try again"));
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<Object> handleIntegrityViolation(DataIntegrityViolationException ex) {
    log.info("Write refused by a database constraint: {}", ex.getMostSpecificCause().getMessage());
    return problem(new ConflictException("The change conflicts with existing data"));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> handleUnexpected(Exception ex) {
    log.error("Unexpected error", ex);
    return ResponseEntity.internalServerError()
        .body(
            ApiException.problem(
                ProblemType.INTERNAL, "An unexpected error occurred; it has been logged"));
  }

  /** A body read by the handler itself (an import) can run past the limit too. */
  @ExceptionHandler(RequestSizeLimitFilter.BodyTooLarge.class)
  ResponseEntity<Object> handleBodyTooLarge(RequestSizeLimitFilter.BodyTooLarge ex) {
    return problem(new PayloadTooLargeException(ex.limit()));
  }

  private static RequestSizeLimitFilter.BodyTooLarge bodyTooLarge(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof RequestSizeLimitFilter.BodyTooLarge tooLarge) {
        return tooLarge;
      }
    }
    return null;
  }

  private static ValidationException describe(JacksonException ex) {
    String path =
        ex.getPath().stream().map(ExceptionTranslator::pathPart).reduce("", String::concat);
    String field = path.startsWith(".") ? path.substring(1) : path;
    if (ex instanceof StreamConstraintsException) {
      String message = CONSTRAINT_SOURCE.matcher(ex.getOriginalMessage()).replaceAll("");
      return new ValidationException(field.isEmpty() ? "body" : field, "is too large: " + message);
    }
    String message = QUALIFIED_TYPE.matcher(ex.getOriginalMessage()).replaceAll("$1");
    int cut = message.indexOf("\n");
    message = cut > 0 ? message.substring(0, cut) : message;
    if (path.isEmpty()) {
      TokenStreamLocation at = ex.getLocation();
      String where =
          at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      return new ValidationException("body", "is not valid JSON: " + message + where);
    }
    return new ValidationException(field, message);
  }

  private static String pathPart(JacksonException.Reference reference) {
    return reference.getPropertyName() != null
        ? "." + reference.getPropertyName()
        : "[" + reference.getIndex() + "]";
  }

  private static ResponseEntity<Object> problem(ApiException ex) {
    return ResponseEntity.status(ex.getStatusCode()).headers(ex.getHeaders()).body(ex.getBody());
  }
}
