package dev.mockapi.manager.relay;

import java.util.HashMap;
import java.util.Map;

/**
 * What one STOMP connection is subscribed to: its user and, per subscription id, the project whose
 * log topic it follows. Kept in the connection's session attributes, where {@link RelaySessions}
 * finds it when the user's access to a project ends.
 */
final class SessionSubscriptions {

  /** Session attribute holding the connection's {@code SessionSubscriptions}. */
  static final String ATTRIBUTE = "mockapi.relay.subscriptions";

  enum Added {
    ADDED,
    /** The connection already follows that project: the frame is dropped, events come once. */
    DUPLICATE,
    FULL,
    ID_IN_USE
  }

  private final long userId;
  private final int limit;
  private final Map<String, Long> projectBySubscription = new HashMap<>();

  SessionSubscriptions(long userId, int limit) {
    this.userId = userId;
    this.limit = limit;
  }

  long userId() {
    return userId;
  }

  int limit() {
    return limit;
  }

  synchronized Added add(String subscriptionId, long projectId) {
    if (projectBySubscription.containsValue(projectId)) {
      return Added.DUPLICATE;
    }
    if (projectBySubscription.containsKey(subscriptionId)) {
      return Added.ID_IN_USE;
    }
    if (projectBySubscription.size() >= limit) {
      return Added.FULL;
    }
    projectBySubscription.put(subscriptionId, projectId);
    return Added.ADDED;
  }

  synchronized void remove(String subscriptionId) {
    projectBySubscription.remove(subscriptionId);
  }

  synchronized boolean follows(long projectId) {
    return projectBySubscription.containsValue(projectId);
  }
}
