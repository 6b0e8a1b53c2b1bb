package dev.mockapi.manager.web;

import dev.mockapi.model.ProblemType;

/**
 * 413: the request body is larger than {@code mockapi.api.max-request-size} (or, for an import,
 * {@code max-import-size}).
 */
public class PayloadTooLargeException extends ApiException {

  public PayloadTooLargeException(long limitBytes) {
    super(
        ProblemType.PAYLOAD_TOO_LARGE,
        "The request body is larger than the limit of " + limitBytes + " bytes");
  }
}
