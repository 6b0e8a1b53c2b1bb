package dev.mockapi.manager.relay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/**
 * The ERROR frame a client gets for a frame it sent: the refusal's own words, or a generic message
 * that leaks nothing of the server. It goes through the client's {@link ClientSendQueue}, which
 * closes the connection once the frame is written. Spring's own way (send, then close at once) lost
 * the frame whenever another thread was sending to that client at the moment: its session decorator
 * then holds the frame back and drops it on close. The messages hold no colon: STOMP escapes it in
 * header values, and clients refused before CONNECTED (no version agreed yet) may show the escape
 * as is.
 */
final class StompErrors extends StompSubProtocolErrorHandler {

  private static final Logger log = LoggerFactory.getLogger(StompErrors.class);

  private final RelaySessions clients;

  StompErrors(RelaySessions clients) {
    this.clients = clients;
  }

  /** Null once the client's queue has the frame: Spring then neither sends nor closes. */
  @Override
  public Message<byte[]> handleClientMessageProcessingError(
      Message<byte[]> clientMessage, Throwable ex) {
    Message<byte[]> error =
        super.handleClientMessageProcessingError(
            clientMessage, new RelayRefusedException(reason(ex)));
    String sessionId =
        clientMessage == null
            ? null
            : SimpMessageHeaderAccessor.getSessionId(clientMessage.getHeaders());
    ClientSendQueue client = sessionId == null ? null : clients.get(sessionId);
    if (client == null || error == null) {
      return error;
    }
    client.refuse(error);
    return null;
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
