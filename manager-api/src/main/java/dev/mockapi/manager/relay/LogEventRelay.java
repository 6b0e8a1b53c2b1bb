package dev.mockapi.manager.relay;

import dev.mockapi.model.RedisKeys;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;

/**
 * Forwards each event an engine publishes on {@code mockapi:logs:{projectId}} to that project's
 * topic, as the JSON it came as: the broker then delivers it to that topic's subscribers only.
 */
@Component
class LogEventRelay implements MessageListener {

  private final MessageChannel broker;
  private final Counter relayed;

  LogEventRelay(@Qualifier("brokerChannel") MessageChannel broker, MeterRegistry meters) {
    this.broker = broker;
    this.relayed = meters.counter("mockapi.relay.events.relayed");
  }

  @Override
  public void onMessage(Message message, byte[] pattern) {
    String channel = new String(message.getChannel(), StandardCharsets.UTF_8);
    long projectId;
    try {
      projectId = Long.parseLong(channel.substring(RedisKeys.LOGS_CHANNEL_PREFIX.length()));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return; // not an engine's channel
    }
    SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
    headers.setDestination(StompAuthorization.logTopic(projectId));
    headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
    broker.send(MessageBuilder.createMessage(message.getBody(), headers.getMessageHeaders()));
    relayed.increment();
  }
}
