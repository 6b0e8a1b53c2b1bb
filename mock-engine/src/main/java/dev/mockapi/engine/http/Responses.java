package dev.mockapi.engine.http;

import dev.mockapi.engine.template.MockReply;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.json.JsonMapper;

/** Writes the engine's own answers (problems, health, metrics). */
@Component
class Responses {

  private final JsonMapper json;

  Responses(JsonMapper json) {
    this.json = json;
  }

  String json(Object value) {
    return json.writeValueAsString(value);
  }

  /** The answer a problem gets, after {@code cors}. */
  MockReply problemReply(Problem problem, Map<String, String> cors) {
    Map<String, String> headers = new LinkedHashMap<>(cors);
    headers.put("Content-Type", "application/problem+json");
    String text = json(problem.body());
    return new MockReply(
        problem.status(), headers, text.getBytes(StandardCharsets.UTF_8), text, true);
  }

  Publisher<Void> problem(
      HttpServerResponse response, Problem problem, Map<String, String> headers) {
    return text(
        response, problem.status(), "application/problem+json", json(problem.body()), headers);
  }

  Publisher<Void> text(
      HttpServerResponse response,
      int status,
      String contentType,
      String text,
      Map<String, String> headers) {
    response.header("Content-Type", contentType);
    return write(response, status, headers, text.getBytes(StandardCharsets.UTF_8), false);
  }

  /** Sends status, headers, Content-Length and the body (left out for HEAD). */
  Mono<Void> write(
      HttpServerResponse response,
      int status,
      Map<String, String> headers,
      byte[] bytes,
      boolean head) {
    response.status(status);
    headers.forEach(response::header);
    response.header("Content-Length", Integer.toString(bytes.length));
    return head || bytes.length == 0
        ? response.send(Mono.empty()).then()
        : response.send(Mono.just(Unpooled.wrappedBuffer(bytes))).then();
  }
}
