package dev.mockapi.engine.http;

import dev.mockapi.engine.chaos.ChaosDecision;
import dev.mockapi.engine.routing.CompiledRoute;
import dev.mockapi.engine.template.MockReply;
import io.netty.channel.ChannelOption;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The reply step: writes an answer, or breaks the connection when a fault says so, and hands the
 * call to the {@link ServedLog} once done. Which fault applies is decided elsewhere ({@link
 * ConnectionFaults}).
 */
@Component
class ReplyWriter {

  private static final MockReply NO_ANSWER = new MockReply(0, Map.of(), new byte[0], "");

  private final Responses responses;
  private final ServedLog log;

  ReplyWriter(Responses responses, ServedLog log) {
    this.responses = responses;
    this.log = log;
  }

  /** Writes the answer of the call's matched route. */
  Mono<Void> send(HttpServerResponse response, MockCall call, MockReply reply) {
    return write(response, call, call.route(), reply, call.chaos());
  }

  /** Writes an answer the engine gives before any route answers (no route, no chaos). */
  Mono<Void> sendUnrouted(HttpServerResponse response, MockCall call, MockReply reply) {
    return write(response, call, null, reply, ChaosDecision.NONE);
  }

  Mono<Void> problem(HttpServerResponse response, MockCall call, Problem problem) {
    return sendUnrouted(response, call, responses.problemReply(problem, call.cors()));
  }

  /** Closes the call's connection without answering; {@code reset} sends a TCP RST. */
  Mono<Void> close(HttpServerResponse response, MockCall call, boolean reset) {
    return Mono.defer(
        () -> {
          response.withConnection(
              connection -> {
                if (reset) {
                  connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
                }
                connection.channel().close();
              });
          log.served(call, call.route(), NO_ANSWER, call.chaos());
          return Mono.empty();
        });
  }

  private Mono<Void> write(
      HttpServerResponse response,
      MockCall call,
      CompiledRoute route,
      MockReply reply,
      ChaosDecision chaos) {
    return responses
        .write(
            response, reply.status(), reply.headers(), reply.bytes(), call.method().equals("HEAD"))
        .doOnTerminate(() -> log.served(call, route, reply, chaos));
  }
}
