package dev.mockapi.engine.http;

import dev.mockapi.engine.chaos.FaultInjector;
import dev.mockapi.engine.chaos.Faults;
import dev.mockapi.engine.template.MockReply;
import java.nio.charset.StandardCharsets;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A failing call's fault carried out on its connection. The answer it gets is already the one the
 * fault asks for when it is an {@code http_error} (the failure answer) or a problem of the
 * engine's.
 */
final class ConnectionFaults implements FaultInjector<Mono<Void>> {

  private final ReplyWriter writer;
  private final HttpServerResponse response;
  private final MockCall call;
  private final MockReply reply;

  ConnectionFaults(
      ReplyWriter writer, HttpServerResponse response, MockCall call, MockReply reply) {
    this.writer = writer;
    this.response = response;
    this.call = call;
    this.reply = reply;
  }

  @Override
  public Mono<Void> httpError() {
    return writer.send(response, call, reply);
  }

  @Override
  public Mono<Void> malformedBody() {
    if (reply.problem()) {
      return writer.send(response, call, reply);
    }
    String text = Faults.malformed(reply.text());
    return writer.send(
        response,
        call,
        new MockReply(
            reply.status(), reply.headers(), text.getBytes(StandardCharsets.UTF_8), text));
  }

  @Override
  public Mono<Void> connectionReset() {
    return writer.close(response, call, true);
  }

  @Override
  public Mono<Void> emptyResponse() {
    return writer.close(response, call, false);
  }
}
