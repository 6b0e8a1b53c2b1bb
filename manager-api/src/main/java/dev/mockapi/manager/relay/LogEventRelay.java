package dev.mockapi.manager.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;

/**
 * Forwards each event an engine publishes on {@code mockapi:logs:{projectKey}} to the topic of the
 * project of this installation with that key, as the JSON it came as: the broker then delivers it
 * to that topic's subscribers only. Events of keys that are no project here (another installation's
 * on a shared Redis, a deleted project's) are dropped.
 */
@Component
class LogEventRelay implements MessageListener {

  private static final Logger log = LoggerFactory.getLogger(LogEventRelay.class);

  private final MessageChannel broker;
  private final ProjectChannels channels;
  private final Counter relayed;

  LogEventRelay(
      @Qualifier("brokerChannel") MessageChannel broker,
      ProjectChannels channels,
      MeterRegistry meters) {
    this.broker = broker;
    this.channels = channels;
    this.relayed = meters.counter("mockapi.relay.events.relayed");
  }

  @Override
  public void onMessage(Message message, byte[] pattern) {
    String channel = new String(message.getChannel(), StandardCharsets.UTF_8);
    Long projectId;
    try {
      projectId = channels.projectOf(channel);
    } catch (DataAccessException e) {
      log.warn("Dropped a log event: the database could not map its channel ({})", e.toString());
      return;
    }
    if (projectId == null) {
      return; // not a channel of this installation's projects
    }
    SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
    headers.setDestination(StompAuthorization.logTopic(projectId));
    headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
    broker.send(MessageBuilder.createMessage(message.getBody(), headers.getMessageHeaders()));
    relayed.increment();
  }
}
