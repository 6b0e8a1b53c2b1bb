package dev.mockapi.manager.auth;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a bad {@code SECRET_KEY} as a plain message and a fix instead of a stack trace. */
class InvalidSecretKeyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSecretKeyException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidSecretKeyException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Set SECRET_KEY (environment or .env) to at least 32 random bytes, for example the output"
            + " of 'openssl rand -base64 48'.",
        cause);
  }
}
