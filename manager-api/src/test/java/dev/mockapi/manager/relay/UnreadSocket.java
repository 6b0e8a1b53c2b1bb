package dev.mockapi.manager.relay;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A WebSocket client made of a bare socket with a tiny receive buffer: it opens {@code /ws}, sends
 * STOMP frames, and then never reads, so the server's writes to it really block, as they do for a
 * browser tab that stopped reading.
 */
final class UnreadSocket implements AutoCloseable {

  private final Socket socket = new Socket();

  UnreadSocket(int port) throws IOException {
    socket.setReceiveBufferSize(4096);
    socket.connect(new InetSocketAddress("localhost", port), 5_000);
    socket.setSoTimeout(5_000);
    OutputStream out = socket.getOutputStream();
    out.write(
        ("GET /ws HTTP/1.1\r\nHost: localhost:"
                + port
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    String handshake = readHandshake(socket.getInputStream());
    if (!handshake.startsWith("HTTP/1.1 101")) {
      throw new IOException("No WebSocket upgrade: " + handshake);
    }
  }

  /**
   * Sends {@code frame} as one masked text message (a zero mask: clients must mask, any key goes).
   */
  void send(String frame) throws IOException {
    byte[] payload = frame.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    message.write(0x81);
    if (payload.length < 126) {
      message.write(0x80 | payload.length);
    } else {
      message.write(0x80 | 126);
      message.write(payload.length >> 8);
      message.write(payload.length & 0xff);
    }
    message.write(new byte[4]);
    message.write(payload);
    socket.getOutputStream().write(message.toByteArray());
    socket.getOutputStream().flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  private static String readHandshake(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int next = in.read();
      if (next < 0) {
        break;
      }
      head.append((char) next);
    }
    return head.toString();
  }
}
