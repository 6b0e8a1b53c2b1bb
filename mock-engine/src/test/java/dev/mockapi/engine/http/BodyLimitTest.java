package dev.mockapi.engine.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.engine.EngineIntegrationTest;
import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.Project;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Request bodies are limited to {@code mockapi.engine.max-request-body-size} (1 MB). */
class BodyLimitTest extends EngineIntegrationTest {

  private static final int LIMIT = 1024 * 1024;

  private Project upload() {
    Project project = newProject();
    serve(project.table(1, Endpoint.of(1, "POST", "/upload").body("stored")));
    return project;
  }

  private static byte[] bytes(int size) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) 'a');
    return bytes;
  }

  private HttpResponse<String> post(Project project, HttpRequest.BodyPublisher body) {
    return mock.send(mock.request(project.path("/upload")).POST(body).build());
  }

  private static HttpRequest.BodyPublisher chunked(byte[] body) {
    return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
  }

  @Test
  void bodyOverTheLimitWithContentLengthThen413() {
    Project project = upload();

    HttpResponse<String> response =
        post(project, HttpRequest.BodyPublishers.ofByteArray(bytes(LIMIT + 1)));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("payload-too-large");
  }

  @Test
  void chunkedBodyOverTheLimitThen413() {
    Project project = upload();

    HttpResponse<String> response = post(project, chunked(bytes(LIMIT + 1)));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("payload-too-large");
  }

  @Test
  void bodyOfExactlyTheLimitIsAccepted() {
    Project project = upload();

    assertThat(post(project, HttpRequest.BodyPublishers.ofByteArray(bytes(LIMIT))).body())
        .isEqualTo("stored");
    assertThat(post(project, chunked(bytes(LIMIT))).body()).isEqualTo("stored");
  }

  @Test
  void declaredLengthOverTheLimitThen413BeforeTheBodyArrives() throws IOException {
    String head = "POST /mock/%s/upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: %d\r\n\r\n";

    String status =
        answerWhileStreaming(head.formatted(upload().slug(), 2 * LIMIT), bytes(1024), 1024);

    assertThat(status).startsWith("HTTP/1.1 413");
  }

  @Test
  void chunkedMultiByteBodyOverTheLimitInBytesThen413() {
    Project project = upload();
    byte[] body = "é".repeat(600_000).getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response = post(project, chunked(body));

    assertThat(body.length).isGreaterThan(LIMIT);
    assertThat(response.statusCode()).isEqualTo(413);
  }

  @Test
  void chunkedBodyPastTheLimitIsRefusedWhileItIsStillStreaming() throws IOException {
    String head =
        "POST /mock/%s/upload HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n";
    byte[] chunk = chunk(64 * 1024);

    String status = answerWhileStreaming(head.formatted(upload().slug()), chunk, 2 * LIMIT);

    assertThat(status).startsWith("HTTP/1.1 413");
  }

  @Test
  void declaredLengthBeyondIntRangeThen413AtOnce() throws IOException {
    String head =
        "POST /mock/%s/upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3000000000\r\n\r\n";

    String status =
        answerWhileStreaming(head.formatted(upload().slug()), bytes(64 * 1024), 64 * 1024);

    assertThat(status).startsWith("HTTP/1.1 413");
  }

  private static byte[] chunk(int size) {
    byte[] header = (Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] chunk = new byte[header.length + size + 2];
    System.arraycopy(header, 0, chunk, 0, header.length);
    Arrays.fill(chunk, header.length, header.length + size, (byte) 'a');
    chunk[chunk.length - 2] = '\r';
    chunk[chunk.length - 1] = '\n';
    return chunk;
  }

  /**
   * Sends {@code head} and {@code total} bytes of {@code piece}s without ending the body, from a
   * thread of its own (a server refusing early may stop reading), and returns the status line the
   * server answered within 5 s.
   */
  private String answerWhileStreaming(String head, byte[] piece, int total) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      Thread.ofVirtual()
          .start(
              () -> {
                try {
                  out.write(head.getBytes(StandardCharsets.US_ASCII));
                  for (int sent = 0; sent < total; sent += piece.length) {
                    out.write(piece);
                  }
                  out.flush();
                } catch (IOException closedEarly) {
                  // The server may close the connection while the body is still being sent.
                }
              });
      var in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      try {
        String line = in.readLine();
        return line == null ? "connection closed without an answer" : line;
      } catch (SocketTimeoutException e) {
        return "no answer within 5 s";
      }
    }
  }
}
