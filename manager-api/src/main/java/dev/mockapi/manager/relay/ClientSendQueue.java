package dev.mockapi.manager.relay;

import io.micrometer.core.instrument.Counter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Iterator;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompEncoder;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;

/**
 * One client's outgoing frames. Senders only queue and return; a virtual thread per busy client
 * writes the queue in order, several frames per WebSocket message when they have piled up (STOMP
 * frames end in a NUL byte, so clients split them again). Past the frame or byte limit the oldest
 * queued event (MESSAGE frame) is dropped and counted; control frames are never dropped. A write
 * stuck past the time limit disconnects the client, and so does its token expiring or its access to
 * a followed project ending ({@link RelaySessions}).
 */
final class ClientSendQueue extends WebSocketSessionDecorator {

  private static final int BATCH_BYTES = 64 * 1024;

  /** What the queue counts, shared by every client. */
  record Meters(Counter dropped, Counter closedSlow, Counter closedExpired) {}

  private final RelayProperties limits;
  private final Meters meters;
  private final Clock clock;
  private final ArrayDeque<WebSocketMessage<?>> queue = new ArrayDeque<>();
  private long queuedBytes;
  private boolean writing;
  private boolean closed;
  private CloseStatus closeWhenWritten;
  private volatile long writeStartedNanos;

  ClientSendQueue(WebSocketSession session, RelayProperties limits, Meters meters, Clock clock) {
    super(session);
    this.limits = limits;
    this.meters = meters;
    this.clock = clock;
  }

  @Override
  public void sendMessage(WebSocketMessage<?> message) {
    if (stuck()) {
      abort(meters.closedSlow());
      return;
    }
    if (tokenExpired()) {
      expire();
      return;
    }
    synchronized (this) {
      if (closed || closeWhenWritten != null) {
        return;
      }
      queue.addLast(message);
      queuedBytes += message.getPayloadLength();
      while (overLimit() && dropOldestEvent()) {
        meters.dropped().increment();
      }
      startWriter();
    }
  }

  @Override
  public void close() throws IOException {
    close(CloseStatus.NORMAL);
  }

  /** Closes once what is queued (an ERROR frame, say) is written. */
  @Override
  public void close(CloseStatus status) throws IOException {
    synchronized (this) {
      if (closed) {
        return;
      }
      if (writing && !stuck()) {
        closeWhenWritten = status;
        return;
      }
      closed = true;
      queue.clear();
    }
    getDelegate().close(status);
  }

  /** The connection is gone: forget what is queued. */
  synchronized void discard() {
    closed = true;
    queue.clear();
    queuedBytes = 0;
  }

  private boolean overLimit() {
    return queue.size() > limits.sendBufferFrames()
        || queuedBytes > limits.sendBufferSize().toBytes();
  }

  private boolean dropOldestEvent() {
    for (Iterator<WebSocketMessage<?>> it = queue.iterator(); it.hasNext(); ) {
      WebSocketMessage<?> frame = it.next();
      if (frame instanceof TextMessage text && text.getPayload().startsWith("MESSAGE\n")) {
        it.remove();
        queuedBytes -= frame.getPayloadLength();
        return true;
      }
    }
    return false;
  }

  private void startWriter() {
    if (!writing) {
      writing = true;
      Thread.ofVirtual().name("stomp-send-" + getId()).start(this::write);
    }
  }

  private void write() {
    while (true) {
      WebSocketMessage<?> next;
      CloseStatus closeNow = null;
      synchronized (this) {
        if (closed || queue.isEmpty()) {
          writing = false;
          if (!closed && closeWhenWritten != null) {
            closed = true;
            closeNow = closeWhenWritten;
          }
        }
        next = writing ? takeBatch() : null;
      }
      if (next == null) {
        if (closeNow != null) {
          closeQuietly(closeNow);
        }
        return;
      }
      writeStartedNanos = System.nanoTime();
      try {
        getDelegate().sendMessage(next);
      } catch (IOException | RuntimeException e) {
        discard();
        closeQuietly(CloseStatus.SESSION_NOT_RELIABLE);
      } finally {
        writeStartedNanos = 0;
      }
    }
  }

  /**
   * The head of the queue, joined with the frames behind it up to a batch size. A batch goes as one
   * binary message made of the frames' UTF-8 bytes as encoded: Tomcat encodes a text message to
   * UTF-8 one character at a time, which cost a third of the relay's CPU under fan-out (measured).
   * STOMP clients read binary and text frames alike.
   */
  private WebSocketMessage<?> takeBatch() {
    WebSocketMessage<?> head = queue.pollFirst();
    queuedBytes -= head.getPayloadLength();
    if (!(head instanceof TextMessage first) || !(queue.peekFirst() instanceof TextMessage)) {
      return head;
    }
    ByteArrayOutputStream batch = new ByteArrayOutputStream(BATCH_BYTES);
    batch.writeBytes(first.asBytes());
    while (queue.peekFirst() instanceof TextMessage text
        && batch.size() + text.getPayloadLength() <= BATCH_BYTES) {
      queue.pollFirst();
      queuedBytes -= text.getPayloadLength();
      batch.writeBytes(text.asBytes());
    }
    return new BinaryMessage(batch.toByteArray());
  }

  private boolean stuck() {
    long started = writeStartedNanos;
    return started != 0 && System.nanoTime() - started > limits.sendTimeLimit().toNanos();
  }

  private boolean tokenExpired() {
    return getAttributes().get(StompAuthorization.EXPIRES_AT) instanceof Long expiresAt
        && clock.millis() >= expiresAt;
  }

  private void expire() {
    if (refuse("The access token has expired; connect again with a fresh one")) {
      meters.closedExpired().increment();
    }
  }

  /**
   * Drops what is queued, tells the client why in an ERROR frame, then closes; nothing sent after
   * this reaches the client. False when it was closing already.
   */
  boolean refuse(String message) {
    StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
    error.setMessage(message);
    return refuse(MessageBuilder.createMessage(new byte[0], error.getMessageHeaders()));
  }

  /** {@link #refuse(String)} with an ERROR frame made elsewhere. */
  boolean refuse(Message<byte[]> error) {
    byte[] frame = new StompEncoder().encode(error.getHeaders(), error.getPayload());
    synchronized (this) {
      if (closed || closeWhenWritten != null) {
        return false;
      }
      queue.clear();
      queuedBytes = frame.length;
      queue.add(new TextMessage(frame));
      closeWhenWritten = CloseStatus.POLICY_VIOLATION;
      startWriter();
    }
    return true;
  }

  private void abort(Counter reason) {
    synchronized (this) {
      if (closed) {
        return;
      }
      discard();
    }
    reason.increment();
    // Closing waits for the stuck write to give up; the sending thread serves other clients.
    Thread.ofVirtual()
        .name("stomp-close-" + getId())
        .start(() -> closeQuietly(CloseStatus.SESSION_NOT_RELIABLE));
  }

  private void closeQuietly(CloseStatus status) {
    try {
      getDelegate().close(status);
    } catch (IOException | RuntimeException e) {
      // Already closed or broken: nothing is left to tell the client.
    }
  }
}
