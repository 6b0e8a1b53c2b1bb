package dev.mockapi.manager.relay;

import dev.mockapi.manager.auth.BearerTokens;
import dev.mockapi.manager.org.Role;
import dev.mockapi.manager.project.ProjectAccess;
import dev.mockapi.manager.web.NotFoundException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;

/**
 * Checks every frame a client sends: CONNECT must carry a valid access token, SUBSCRIBE is allowed
 * to a project's log topic for members of its organization only, up to {@code
 * mockapi.limits.stomp-subscriptions-per-session} per connection, SEND is refused. A SUBSCRIBE to a
 * topic the connection already follows is dropped, so each event reaches a connection once.
 */
@Component
class StompAuthorization implements ChannelInterceptor {

  /** Session attribute: when the connection's token expires, in epoch milliseconds. */
  static final String EXPIRES_AT = "mockapi.relay.expiresAt";

  private static final Pattern LOG_TOPIC = Pattern.compile("/topic/projects/(\\d{1,18})/logs");

  private final BearerTokens tokens;
  private final ProjectAccess projects;
  private final Clock clock;
  private final StompLimits limits;
  private final Map<StompCommand, Counter> refused = new EnumMap<>(StompCommand.class);

  StompAuthorization(
      BearerTokens tokens,
      ProjectAccess projects,
      Clock clock,
      StompLimits limits,
      MeterRegistry meters) {
    this.tokens = tokens;
    this.projects = projects;
    this.clock = clock;
    this.limits = limits;
    // Registered up front, so dashboards see zeros rather than no series at all.
    for (StompCommand command :
        List.of(
            StompCommand.CONNECT, StompCommand.STOMP, StompCommand.SUBSCRIBE, StompCommand.SEND)) {
      refused.put(
          command, meters.counter("mockapi.relay.frames.refused", "command", command.name()));
    }
  }

  static String logTopic(long projectId) {
    return "/topic/projects/" + projectId + "/logs";
  }

  @Override
  public Message<?> preSend(Message<?> message, MessageChannel channel) {
    StompHeaderAccessor frame =
        MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
    StompCommand command = frame == null ? null : frame.getCommand();
    if (command == null) {
      return message; // heart-beats and session bookkeeping
    }
    try {
      switch (command) {
        case CONNECT, STOMP -> connect(frame);
        case SUBSCRIBE -> {
          if (!subscribe(frame)) {
            return null;
          }
        }
        case UNSUBSCRIBE -> unsubscribe(frame);
        case SEND ->
            throw new RelayRefusedException(
                "Clients cannot send; subscribe to /topic/projects/{projectId}/logs");
        default -> {}
      }
    } catch (RelayRefusedException e) {
      refused.get(command).increment();
      throw e;
    }
    return message;
  }

  private void connect(StompHeaderAccessor frame) {
    BearerTokens.Verified token;
    try {
      token = tokens.verify(frame.getFirstNativeHeader(HttpHeaders.AUTHORIZATION));
    } catch (BearerTokens.InvalidAccessTokenException e) {
      throw new RelayRefusedException(
          "Send a valid access token in the CONNECT frame, header Authorization, value Bearer"
              + " <accessToken>");
    }
    Map<String, Object> attributes = frame.getSessionAttributes();
    if (attributes == null) {
      throw new RelayRefusedException("Connect over the WebSocket endpoint /ws");
    }
    SessionSubscriptions subscriptions =
        new SessionSubscriptions(token.user().id(), limits.stompSubscriptionsPerSession());
    if (attributes.putIfAbsent(SessionSubscriptions.ATTRIBUTE, subscriptions) != null) {
      throw new RelayRefusedException("This connection has already sent CONNECT");
    }
    frame.setUser(new RelayClient(token.user(), token.expiresAt()));
    attributes.put(EXPIRES_AT, token.expiresAt().toEpochMilli());
  }

  /** Whether the frame goes on to the broker; false for a duplicate of a subscription held. */
  private boolean subscribe(StompHeaderAccessor frame) {
    SessionSubscriptions subscriptions = subscriptionsOf(frame);
    if (!(frame.getUser() instanceof RelayClient client) || subscriptions == null) {
      throw new RelayRefusedException("Send CONNECT with an access token first");
    }
    if (!clock.instant().isBefore(client.expiresAt())) {
      throw new RelayRefusedException("The access token has expired; connect again");
    }
    String destination = frame.getDestination();
    Matcher topic = destination == null ? null : LOG_TOPIC.matcher(destination);
    if (topic == null || !topic.matches()) {
      throw new RelayRefusedException(
          "Unknown destination " + destination + "; subscribe to /topic/projects/{projectId}/logs");
    }
    String id = frame.getSubscriptionId();
    if (id == null) {
      throw new RelayRefusedException("SUBSCRIBE needs an id header");
    }
    long projectId = Long.parseLong(topic.group(1));
    // Recorded before access is checked: a membership ending meanwhile either finds the record
    // (and closes the connection) or commits before the check (which then refuses).
    switch (subscriptions.add(id, projectId)) {
      case DUPLICATE -> {
        return false;
      }
      case ID_IN_USE ->
          throw new RelayRefusedException("Subscription id " + id + " is already in use");
      case FULL ->
          throw new RelayRefusedException(
              "At most "
                  + subscriptions.limit()
                  + " subscriptions per connection; unsubscribe from one first");
      case ADDED -> {}
    }
    try {
      projects.require(projectId, client.user().id(), Role.VIEWER);
    } catch (NotFoundException e) {
      subscriptions.remove(id);
      throw new RelayRefusedException("Project " + projectId + " not found");
    }
    return true;
  }

  private static void unsubscribe(StompHeaderAccessor frame) {
    SessionSubscriptions subscriptions = subscriptionsOf(frame);
    if (subscriptions != null && frame.getSubscriptionId() != null) {
      subscriptions.remove(frame.getSubscriptionId());
    }
  }

  private static SessionSubscriptions subscriptionsOf(StompHeaderAccessor frame) {
    Map<String, Object> attributes = frame.getSessionAttributes();
    return attributes != null
            && attributes.get(SessionSubscriptions.ATTRIBUTE) instanceof SessionSubscriptions held
        ? held
        : null;
  }
}
