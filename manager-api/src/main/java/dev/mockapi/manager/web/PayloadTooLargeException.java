package dev.mockapi.manager.web;

import org.springframework.http.HttpStatus;

/** 413: the request body is larger than {@code mockapi.api.max-request-size}. */
public class PayloadTooLargeException extends ApiException {

  public PayloadTooLargeException(long limitBytes) {
    super(
        HttpStatus.CONTENT_TOO_LARGE,
        ProblemTypes.PAYLOAD_TOO_LARGE,
        "The request body is larger than the limit of " + limitBytes + " bytes");
  }
}
