package dev.mockapi.manager.relay;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;

/** Gives every connected client its own {@link ClientSendQueue}, held in {@link RelaySessions}. */
final class ClientQueues extends WebSocketHandlerDecorator {

  private final RelaySessions clients;
  private final RelayProperties limits;
  private final ClientSendQueue.Meters meters;
  private final Clock clock;

  ClientQueues(
      WebSocketHandler delegate,
      RelaySessions clients,
      RelayProperties limits,
      MeterRegistry registry,
      Clock clock) {
    super(delegate);
    this.clients = clients;
    this.limits = limits;
    this.clock = clock;
    this.meters =
        new ClientSendQueue.Meters(
            registry.counter("mockapi.relay.events.dropped"),
            registry.counter("mockapi.relay.clients.closed", "reason", "slow"),
            registry.counter("mockapi.relay.clients.closed", "reason", "token-expired"));
  }

  @Override
  public void afterConnectionEstablished(WebSocketSession session) throws Exception {
    ClientSendQueue queue = new ClientSendQueue(session, limits, meters, clock);
    clients.add(queue);
    super.afterConnectionEstablished(queue);
  }

  @Override
  public void handleMessage(WebSocketSession session, WebSocketMessage<?> message)
      throws Exception {
    super.handleMessage(queueOf(session), message);
  }

  @Override
  public void handleTransportError(WebSocketSession session, Throwable exception) throws Exception {
    super.handleTransportError(queueOf(session), exception);
  }

  @Override
  public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus)
      throws Exception {
    ClientSendQueue queue = clients.remove(session.getId());
    if (queue != null) {
      queue.discard();
    }
    super.afterConnectionClosed(queue == null ? session : queue, closeStatus);
  }

  private WebSocketSession queueOf(WebSocketSession session) {
    ClientSendQueue queue = clients.get(session.getId());
    return queue == null ? session : queue;
  }
}
