package dev.mockapi.manager.relay;

/** A client frame the relay refuses; its message becomes the ERROR frame's. */
class RelayRefusedException extends RuntimeException {

  RelayRefusedException(String message) {
    super(message, null, false, false);
  }
}
