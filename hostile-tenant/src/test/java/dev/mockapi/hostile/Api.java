package dev.mockapi.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP calls to the manager and the engine, and the JSON of their answers. */
final class Api {

  static final JsonMapper JSON = JsonMapper.builder().build();

  /** Longer than any budget a service has: a call that takes this long is a hang. */
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  private Api() {}

  /** An answer; {@link #json()} parses its body (null when it is not JSON). */
  record Answer(int status, String contentType, byte[] body, long millis) {

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (RuntimeException e) {
        return null;
      }
    }

    boolean isProblem() {
      JsonNode json = json();
      return contentType.startsWith("application/problem+json")
          && json != null
          && json.path("type").isString()
          && json.path("status").asInt() == status;
    }

    String problemType() {
      JsonNode json = json();
      return json == null ? null : json.path("type").asString(null);
    }

    @Override
    public String toString() {
      String text = text();
      return status + " " + contentType + " " + text.substring(0, Math.min(400, text.length()));
    }
  }

  static Answer send(
      String method, URI uri, Map<String, String> headers, String contentType, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    headers.forEach(request::header);
    long start = System.nanoTime();
    try {
      HttpResponse<byte[]> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          (System.nanoTime() - start) / 1_000_000);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + uri, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static String json(Object value) {
    return JSON.writeValueAsString(value);
  }
}
