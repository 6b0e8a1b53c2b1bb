package dev.mockapi.manager.relay;

import jakarta.websocket.ContainerProvider;
import jakarta.websocket.WebSocketContainer;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.messaging.simp.stomp.ConnectionLostException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * A real STOMP client (Spring's {@link WebSocketStompClient}) that records what the relay sends it:
 * events per subscription, ERROR frames, and the connection being closed.
 */
final class StompTestClient extends StompSessionHandlerAdapter {

  private static final Duration WAIT = Duration.ofSeconds(10);

  final BlockingQueue<String> events = new LinkedBlockingQueue<>();
  final BlockingQueue<StompHeaders> eventHeaders = new LinkedBlockingQueue<>();
  final BlockingQueue<String> errors = new LinkedBlockingQueue<>();
  final CompletableFuture<Throwable> closed = new CompletableFuture<>();
  private final CompletableFuture<StompSession> connected = new CompletableFuture<>();
  private final WebSocketStompClient client = new WebSocketStompClient(webSocketClient());

  /** Tomcat's client takes messages of 8 KiB by default; browsers take far larger ones. */
  private static StandardWebSocketClient webSocketClient() {
    WebSocketContainer container = ContainerProvider.getWebSocketContainer();
    container.setDefaultMaxTextMessageBufferSize(1024 * 1024);
    container.setDefaultMaxBinaryMessageBufferSize(1024 * 1024);
    return new StandardWebSocketClient(container);
  }

  /** Opens {@code /ws} and sends CONNECT, with {@code Authorization: Bearer <token>} if given. */
  static StompTestClient connect(int port, String token) {
    StompTestClient probe = new StompTestClient();
    StompHeaders connect = new StompHeaders();
    if (token != null) {
      connect.add("Authorization", "Bearer " + token);
    }
    probe.client.connectAsync(
        "ws://localhost:" + port + "/ws", (WebSocketHttpHeaders) null, connect, probe);
    return probe;
  }

  /** Waits for CONNECTED. */
  StompSession session() throws Exception {
    return connected.get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  StompSession.Subscription subscribe(String destination) throws Exception {
    return session()
        .subscribe(
            destination,
            new StompFrameHandler() {
              @Override
              public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
              }

              @Override
              public void handleFrame(StompHeaders headers, Object payload) {
                eventHeaders.add(headers);
                events.add(new String((byte[]) payload, StandardCharsets.UTF_8));
              }
            });
  }

  /** The next ERROR frame's message, or null when none came in time. */
  String nextError() throws InterruptedException {
    return errors.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  String nextEvent() throws InterruptedException {
    return events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  /** Whether the server closed the connection within the wait. */
  boolean closedByServer() {
    try {
      return closed.get(WAIT.toSeconds(), TimeUnit.SECONDS) instanceof ConnectionLostException;
    } catch (Exception e) {
      return false;
    }
  }

  void disconnect() {
    if (connected.isDone() && !connected.isCompletedExceptionally()) {
      StompSession session = connected.join();
      if (session.isConnected()) {
        session.disconnect();
      }
    }
  }

  @Override
  public void afterConnected(StompSession session, StompHeaders connectedHeaders) {
    connected.complete(session);
  }

  @Override
  public Type getPayloadType(StompHeaders headers) {
    return byte[].class;
  }

  /** Frames that belong to no subscription: ERROR frames. */
  @Override
  public void handleFrame(StompHeaders headers, Object payload) {
    errors.add(String.valueOf(headers.getFirst("message")));
  }

  @Override
  public void handleException(
      StompSession session,
      StompCommand command,
      StompHeaders headers,
      byte[] payload,
      Throwable exception) {
    closed.complete(exception);
  }

  @Override
  public void handleTransportError(StompSession session, Throwable exception) {
    connected.completeExceptionally(exception);
    closed.complete(exception);
  }
}
