package dev.mockapi.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A STOMP 1.2 client of hand-written frames over Java's WebSocket: enough to flood the relay. */
final class StompSocket implements AutoCloseable {

  /** What arrived in a while: MESSAGE and ERROR frames. */
  record Received(int messages, int errors) {}

  private final LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
  private final WebSocket socket;

  private StompSocket(URI manager) {
    URI uri = URI.create("ws://" + manager.getHost() + ":" + manager.getPort() + "/ws");
    socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .buildAsync(uri, new Listener())
            .join();
  }

  static StompSocket connect(URI manager, String token) {
    StompSocket stomp = new StompSocket(manager);
    stomp.send(
        "CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\nAuthorization:Bearer "
            + token
            + "\n\n\0");
    String connected = stomp.next(Duration.ofSeconds(5));
    assertThat(connected).as("answer to CONNECT").startsWith("CONNECTED");
    return stomp;
  }

  void subscribe(String id, String destination) {
    send("SUBSCRIBE\nid:" + id + "\ndestination:" + destination + "\n\n\0");
  }

  private void send(String frame) {
    socket.sendText(frame, true).join();
  }

  private String next(Duration wait) {
    try {
      return frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  Received receiveFor(Duration window) {
    long deadline = System.nanoTime() + window.toNanos();
    int messages = 0;
    int errors = 0;
    for (long left = window.toMillis();
        left > 0;
        left = (deadline - System.nanoTime()) / 1_000_000) {
      String frame = next(Duration.ofMillis(left));
      if (frame == null) {
        break;
      }
      if (frame.startsWith("MESSAGE")) {
        messages++;
      } else if (frame.startsWith("ERROR")) {
        errors++;
      }
    }
    return new Received(messages, errors);
  }

  /** The body of the first MESSAGE frame containing {@code text} within {@code limit}, or null. */
  String awaitMessageContaining(String text, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    for (long left = limit.toMillis();
        left > 0;
        left = (deadline - System.nanoTime()) / 1_000_000) {
      String frame = next(Duration.ofMillis(left));
      if (frame == null) {
        return null;
      }
      if (frame.startsWith("MESSAGE") && frame.contains(text)) {
        return frame.substring(frame.indexOf("\n\n") + 2);
      }
    }
    return null;
  }

  @Override
  public void close() {
    socket.abort();
  }

  /** Splits text and binary messages into frames at their NUL bytes. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      take(data.toString());
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
      take(StandardCharsets.UTF_8.decode(data).toString());
      webSocket.request(1);
      return null;
    }

    private void take(String text) {
      partial.append(text);
      int end;
      while ((end = partial.indexOf("\0")) >= 0) {
        String frame = partial.substring(0, end).stripLeading();
        partial.delete(0, end + 1);
        if (!frame.isEmpty()) {
          frames.add(frame);
        }
      }
    }
  }
}
