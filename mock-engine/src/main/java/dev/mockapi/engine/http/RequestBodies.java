package dev.mockapi.engine.http;

import dev.mockapi.engine.config.EngineProperties;
import dev.mockapi.model.ProblemType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;

/** Reads request bodies up to the configured limit, however they are sent. */
@Component
class RequestBodies {

  private final long maxBody;

  RequestBodies(EngineProperties properties) {
    this.maxBody = properties.maxRequestBodySize().toBytes();
  }

  /** Whether the headers already say the body is over the limit. */
  boolean declaredTooLarge(MockCall call) {
    return declaredLength(call) > maxBody;
  }

  /** Whether the headers say there is no body at all, so nothing needs reading. */
  boolean declaredEmpty(MockCall call) {
    long declared = declaredLength(call);
    return declared == 0 || (declared < 0 && !call.headers().contains("Transfer-Encoding"));
  }

  /** The body as text; fails with {@link TooLarge} as soon as more than the limit has arrived. */
  Mono<String> read(HttpServerRequest request) {
    return request
        .receive()
        .reduceWith(
            ByteArrayOutputStream::new,
            (out, chunk) -> {
              int size = chunk.readableBytes();
              if (out.size() + (long) size > maxBody) {
                throw new TooLarge();
              }
              byte[] bytes = new byte[size];
              chunk.readBytes(bytes);
              out.write(bytes, 0, size);
              return out;
            })
        .map(out -> out.toString(StandardCharsets.UTF_8))
        .defaultIfEmpty("");
  }

  Problem tooLarge() {
    return Problem.of(
            ProblemType.PAYLOAD_TOO_LARGE, "Request bodies are limited to " + maxBody + " bytes")
        .titled("Request body too large");
  }

  private static long declaredLength(MockCall call) {
    String header = call.headers().get("Content-Length");
    if (header == null) {
      return -1;
    }
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  /** Signals a request body past the limit while it is being read. */
  static final class TooLarge extends RuntimeException {
    TooLarge() {
      super("request body over the limit", null, false, false);
    }
  }
}
