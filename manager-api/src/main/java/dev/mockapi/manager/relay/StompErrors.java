package dev.mockapi.manager.relay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/**
 * The ERROR frame a client gets for a frame it sent: the refusal's own words, or a generic message
 * that leaks nothing of the server. Spring closes the connection after sending it. The messages
 * hold no colon: STOMP escapes it in header values, and clients refused before CONNECTED (no
 * version agreed yet) may show the escape as is.
 */
final class StompErrors extends StompSubProtocolErrorHandler {

  private static final Logger log = LoggerFactory.getLogger(StompErrors.class);

  @Override
  public Message<byte[]> handleClientMessageProcessingError(
      Message<byte[]> clientMessage, Throwable ex) {
    return super.handleClientMessageProcessingError(
        clientMessage, new RelayRefusedException(reason(ex)));
  }

  private static String reason(Throwable ex) {
    for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
      if (cause instanceof RelayRefusedException refused) {
        return refused.getMessage();
      }
      if (cause instanceof MessageConversionException) {
        return "Malformed STOMP frame";
      }
    }
    log.warn("A client frame failed", ex);
    return "The frame could not be processed";
  }
}
