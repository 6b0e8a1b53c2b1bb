package dev.mockapi.manager.web;

import dev.mockapi.model.ProblemType;
import java.time.Duration;
import org.springframework.http.HttpHeaders;

/** 429 with a {@code Retry-After} header in whole seconds. */
public class TooManyRequestsException extends ApiException {

  public TooManyRequestsException(String detail, Duration retryAfter) {
    super(ProblemType.TOO_MANY_REQUESTS, detail);
    long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    getBody().setProperty("retryAfterSeconds", seconds);
  }
}
