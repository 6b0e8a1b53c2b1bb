package dev.mockapi.manager.web;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

  private final long maxRequestBytes;

  ExceptionTranslator(ApiProperties properties) {
    this.maxRequestBytes = properties.maxRequestSize().toBytes();
  }

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
    if (isBodyTooLarge(ex)) {
      return problem(new PayloadTooLargeException(maxRequestBytes));
    }
    if (ex.getMostSpecificCause() instanceof JacksonException jackson) {
      return problem(describe(jackson));
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "The request body is missing or is not valid JSON");
    problem.setType(ProblemTypes.BAD_REQUEST);
    return ResponseEntity.badRequest().body(problem);
  }

  /** Gives Spring's own errors (404 route, 405, 415, type mismatch...) our stable type URIs. */
  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail problem
        && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
      problem.setType(
          switch (status.value()) {
            case 401 -> ProblemTypes.UNAUTHORIZED;
            case 403 -> ProblemTypes.FORBIDDEN;
            case 404 -> ProblemTypes.NOT_FOUND;
            case 409 -> ProblemTypes.CONFLICT;
            case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE;
            default -> status.is5xxServerError() ? ProblemTypes.INTERNAL : ProblemTypes.BAD_REQUEST;
          });
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

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<Object> handleStaleWrite(OptimisticLockingFailureException ex) {
    return problem(
        new ConflictException(
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
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred; it has been logged");
    problem.setType(ProblemTypes.INTERNAL);
    return ResponseEntity.internalServerError().body(problem);
  }

  private static boolean isBodyTooLarge(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof RequestSizeLimitFilter.BodyTooLarge) {
        return true;
      }
    }
    return false;
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
