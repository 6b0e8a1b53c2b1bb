package dev.mockapi.manager.relay;

import dev.mockapi.manager.org.MemberRemoved;
import dev.mockapi.manager.project.Project;
import dev.mockapi.manager.project.ProjectDeleted;
import dev.mockapi.manager.project.ProjectLookup;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The relay's connected clients. When access to a project ends (its deletion, or that of its
 * organization, or a member leaving or being removed from the organization) every connection that
 * follows the project and has lost access to it gets an ERROR frame saying so and is closed, once
 * the change commits: from then on nothing more reaches it. A role change never ends access, as
 * every role may read. The client may connect again and subscribe to what it can still read.
 */
@Component
class RelaySessions {

  private final Map<String, ClientSendQueue> clients = new ConcurrentHashMap<>();
  private final ProjectLookup projects;
  private final Counter closedAccessEnded;

  RelaySessions(ProjectLookup projects, MeterRegistry meters) {
    this.projects = projects;
    this.closedAccessEnded =
        meters.counter("mockapi.relay.clients.closed", "reason", "access-ended");
    meters.gaugeMapSize("mockapi.relay.clients", List.of(), clients);
  }

  void add(ClientSendQueue client) {
    clients.put(client.getId(), client);
  }

  ClientSendQueue get(String sessionId) {
    return clients.get(sessionId);
  }

  ClientSendQueue remove(String sessionId) {
    return clients.remove(sessionId);
  }

  @TransactionalEventListener
  void onProjectDeleted(ProjectDeleted event) {
    close(held -> held.follows(event.projectId()), "Project " + event.projectId() + " was deleted");
  }

  @TransactionalEventListener
  void onMemberRemoved(MemberRemoved event) {
    Set<Long> orgProjects =
        projects.ofOrg(event.orgId()).stream().map(Project::getId).collect(Collectors.toSet());
    close(
        held -> held.userId() == event.userId() && orgProjects.stream().anyMatch(held::follows),
        "Your membership of organization " + event.orgId() + " has ended");
  }

  private void close(Predicate<SessionSubscriptions> lostAccess, String message) {
    for (ClientSendQueue client : clients.values()) {
      if (client.getAttributes().get(SessionSubscriptions.ATTRIBUTE)
              instanceof SessionSubscriptions held
          && lostAccess.test(held)
          && client.refuse(message)) {
        closedAccessEnded.increment();
      }
    }
  }
}
