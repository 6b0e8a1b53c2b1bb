package dev.mockapi.manager.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.mockapi.manager.project.ProjectLookup;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.unit.DataSize;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;

/** The queue over a connection whose first write takes as long as the test wants. */
class ClientSendQueueTest {

  private static final RelayProperties LIMITS =
      new RelayProperties(
          1000, DataSize.ofMegabytes(2), Duration.ofSeconds(10), Duration.ofSeconds(10), 100);

  private final WebSocketSession connection = mock(WebSocketSession.class);
  private final List<String> written = new CopyOnWriteArrayList<>();
  private final CountDownLatch firstWriteStarted = new CountDownLatch(1);
  private final CountDownLatch firstWriteMayEnd = new CountDownLatch(1);
  private final ClientSendQueue queue = queueOverSlowFirstWrite();

  @Test
  void frameQueuedWhileAnotherIsBeingWrittenIsWrittenBeforeTheClose() throws Exception {
    queue.sendMessage(new TextMessage("CONNECTED\n\n\0"));
    assertThat(firstWriteStarted.await(5, TimeUnit.SECONDS)).isTrue();

    queue.sendMessage(new TextMessage("ERROR\nmessage:refused\n\n\0"));
    queue.close(CloseStatus.PROTOCOL_ERROR);
    firstWriteMayEnd.countDown();

    verify(connection, timeout(5_000)).close(CloseStatus.PROTOCOL_ERROR);
    assertThat(written).containsExactly("CONNECTED", "ERROR\nmessage:refused");
  }

  @Test
  void refusedFrameIsAnsweredThroughTheClientsQueueWhileAnotherFrameIsBeingWritten()
      throws Exception {
    RelaySessions clients = new RelaySessions(mock(ProjectLookup.class), new SimpleMeterRegistry());
    clients.add(queue);
    queue.sendMessage(new TextMessage("CONNECTED\n\n\0"));
    assertThat(firstWriteStarted.await(5, TimeUnit.SECONDS)).isTrue();

    Message<byte[]> answer =
        new StompErrors(clients)
            .handleClientMessageProcessingError(
                subscribe(), new RelayRefusedException("Unknown destination /queue/x"));
    firstWriteMayEnd.countDown();

    assertThat(answer).as("what Spring would send and close after").isNull();
    verify(connection, timeout(5_000)).close(CloseStatus.POLICY_VIOLATION);
    assertThat(written)
        .satisfiesExactly(
            first -> assertThat(first).isEqualTo("CONNECTED"),
            second -> assertThat(second).startsWith("ERROR\nmessage:Unknown destination /queue/x"));
  }

  private static Message<byte[]> subscribe() {
    StompHeaderAccessor frame = StompHeaderAccessor.create(StompCommand.SUBSCRIBE);
    frame.setSessionId("s1");
    frame.setDestination("/queue/x");
    return MessageBuilder.createMessage(new byte[0], frame.getMessageHeaders());
  }

  private ClientSendQueue queueOverSlowFirstWrite() {
    when(connection.getId()).thenReturn("s1");
    when(connection.getAttributes()).thenReturn(new HashMap<>());
    try {
      doAnswer(
              call -> {
                if (written.isEmpty()) {
                  firstWriteStarted.countDown();
                  firstWriteMayEnd.await(5, TimeUnit.SECONDS);
                }
                written.add(headOf(call.getArgument(0)));
                return null;
              })
          .when(connection)
          .sendMessage(any());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    var registry = new SimpleMeterRegistry();
    var meters =
        new ClientSendQueue.Meters(
            registry.counter("dropped"), registry.counter("slow"), registry.counter("expired"));
    return new ClientSendQueue(connection, LIMITS, meters, Clock.systemUTC());
  }

  /** A frame's command and headers: all up to the blank line. */
  private static String headOf(WebSocketMessage<?> message) {
    String frame =
        message instanceof BinaryMessage binary
            ? StandardCharsets.UTF_8.decode(binary.getPayload()).toString()
            : ((TextMessage) message).getPayload();
    return frame.substring(0, frame.indexOf("\n\n"));
  }
}
