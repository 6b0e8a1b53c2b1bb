package dev.mockapi.manager.auth;

/** The signing secret is missing or too weak; start-up stops with this message. */
class InvalidSecretKeyException extends RuntimeException {

  InvalidSecretKeyException(String message) {
    super(message);
  }
}
