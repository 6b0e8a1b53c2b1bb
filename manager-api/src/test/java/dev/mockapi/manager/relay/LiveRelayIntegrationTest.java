package dev.mockapi.manager.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockapi.manager.IntegrationTest;
import dev.mockapi.manager.ManagerApplication;
import dev.mockapi.model.RedisKeys;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.support.MessageBuilder;

class LiveRelayIntegrationTest extends IntegrationTest {

  @Autowired SimpleBrokerMessageHandler broker;
  @Autowired MeterRegistry meters;
  @Autowired Environment environment;

  private final List<StompTestClient> clients = new ArrayList<>();
  private Account owner;
  private long orgId;
  private long projectId;
  private String projectKey;

  @BeforeEach
  void project() {
    owner = signUp("owner");
    orgId = createOrg(owner, "Org");
    var project = createProject(owner, orgId, "Shop");
    projectId = project.id();
    projectKey = project.text("projectKey");
  }

  @AfterEach
  void disconnect() {
    clients.forEach(StompTestClient::disconnect);
  }

  @Test
  void memberReceivesEachEventOfItsProjectAsPublished() throws Exception {
    StompTestClient client = subscribed(owner.token(), projectId);

    String first = event(projectId, "e1");
    String second = event(projectId, "e2");
    redis.convertAndSend(RedisKeys.logs(projectKey), first);
    redis.convertAndSend(RedisKeys.logs(projectKey), second);

    assertThat(client.nextEvent()).isEqualTo(first);
    assertThat(client.nextEvent()).isEqualTo(second);
    assertThat(client.eventHeaders.poll().getContentType()).hasToString("application/json");
  }

  @Test
  void viewerReceivesEvents() throws Exception {
    Account viewer = signUp("viewer");
    addMember(owner, orgId, viewer, "VIEWER");
    StompTestClient client = subscribed(viewer.token(), projectId);

    String served = event(projectId, "seen-by-viewer");
    redis.convertAndSend(RedisKeys.logs(projectKey), served);

    assertThat(client.nextEvent()).isEqualTo(served);
  }

  @Test
  void everyManagerInstanceRelaysToItsOwnClients() throws Exception {
    try (ConfigurableApplicationContext second = secondManager()) {
      int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
      StompTestClient onFirst = subscribed(owner.token(), projectId);
      StompTestClient onSecond = StompTestClient.connect(secondPort, owner.token());
      clients.add(onSecond);
      onSecond.subscribe(topic(projectId));
      SimpleBrokerMessageHandler secondBroker = second.getBean(SimpleBrokerMessageHandler.class);
      await().atMost(Duration.ofSeconds(5)).until(() -> subscribers(secondBroker, projectId) == 1);

      String served = event(projectId, "both");
      redis.convertAndSend(RedisKeys.logs(projectKey), served);

      assertThat(onFirst.nextEvent()).isEqualTo(served);
      assertThat(onSecond.nextEvent()).isEqualTo(served);
    }
  }

  @Test
  void subscriberGetsNothingOfAnotherProject() throws Exception {
    var otherProject = createProject(owner, orgId, "Other");
    StompTestClient client = subscribed(owner.token(), projectId);

    redis.convertAndSend(
        RedisKeys.logs(otherProject.text("projectKey")), event(otherProject.id(), "elsewhere"));
    String mine = event(projectId, "mine");
    redis.convertAndSend(RedisKeys.logs(projectKey), mine);

    assertThat(client.nextEvent()).isEqualTo(mine);
    assertThat(client.events.poll(300, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void eventsOfChannelsThatAreNoProjectOfThisInstallationAreDropped() throws Exception {
    StompTestClient client = subscribed(owner.token(), projectId);
    double relayedBefore = meters.counter("mockapi.relay.events.relayed").count();

    // Another installation's project with the same id, an older engine's channel named by the id,
    // and channels that hold no project key at all.
    for (String channel :
        List.of(
            RedisKeys.logs(UUID.randomUUID().toString()),
            RedisKeys.LOGS_CHANNEL_PREFIX + projectId,
            RedisKeys.logs(projectKey.toUpperCase(Locale.ROOT)),
            RedisKeys.logs(projectKey + ":x"),
            RedisKeys.LOGS_CHANNEL_PREFIX)) {
      redis.convertAndSend(channel, event(projectId, "foreign"));
    }
    String mine = event(projectId, "mine");
    redis.convertAndSend(RedisKeys.logs(projectKey), mine);

    assertThat(client.nextEvent()).isEqualTo(mine);
    assertThat(client.events.poll(300, TimeUnit.MILLISECONDS)).isNull();
    assertThat(meters.counter("mockapi.relay.events.relayed").count()).isEqualTo(relayedBefore + 1);
  }

  @Test
  void subscribersOfADeletedProjectAreToldAndDisconnected() throws Exception {
    var doomed = createProject(owner, orgId, "Doomed");
    String doomedKey = doomed.text("projectKey");
    StompTestClient ofDoomed = subscribed(owner.token(), doomed.id());
    StompTestClient ofMine = subscribed(owner.token(), projectId);
    redis.convertAndSend(RedisKeys.logs(doomedKey), event(doomed.id(), "before"));
    assertThat(ofDoomed.nextEvent()).contains("before");

    assertThat(api.delete("/api/projects/" + doomed.id(), owner.token()).status()).isEqualTo(204);

    assertThat(ofDoomed.nextError()).isEqualTo("Project " + doomed.id() + " was deleted");
    assertThat(ofDoomed.closedByServer()).isTrue();
    redis.convertAndSend(RedisKeys.logs(doomedKey), event(doomed.id(), "after"));
    String marker = event(projectId, "marker");
    redis.convertAndSend(RedisKeys.logs(projectKey), marker);
    assertThat(ofMine.nextEvent()).isEqualTo(marker);
    assertThat(ofDoomed.events).isEmpty();
  }

  @Test
  void removedMemberIsDisconnectedAndReceivesNoLaterEvent() throws Exception {
    Account member = signUp("member");
    addMember(owner, orgId, member, "EDITOR");
    StompTestClient removed = subscribed(member.token(), projectId);
    StompTestClient bystander = subscribed(owner.token(), projectId);

    assertThat(api.delete("/api/orgs/" + orgId + "/members/" + member.id(), owner.token()).status())
        .isEqualTo(204);

    assertThat(removed.nextError())
        .isEqualTo("Your membership of organization " + orgId + " has ended");
    assertThat(removed.closedByServer()).isTrue();
    String next = event(projectId, "after-removal");
    redis.convertAndSend(RedisKeys.logs(projectKey), next);
    assertThat(bystander.nextEvent()).isEqualTo(next);
    assertThat(removed.events).isEmpty();
  }

  @Test
  void leavingOneOrganizationKeepsTheSubscriptionsOfAnother() throws Exception {
    Account member = signUp("member");
    addMember(owner, orgId, member, "VIEWER");
    long ownOrg = createOrg(member, "Own");
    var ownProject = createProject(member, ownOrg, "Own");
    StompTestClient client = subscribed(member.token(), ownProject.id());

    assertThat(
            api.delete("/api/orgs/" + orgId + "/members/" + member.id(), member.token()).status())
        .isEqualTo(204);
    String kept = event(ownProject.id(), "still-mine");
    redis.convertAndSend(RedisKeys.logs(ownProject.text("projectKey")), kept);

    assertThat(client.nextEvent()).isEqualTo(kept);
    assertThat(client.errors).isEmpty();
  }

  @Test
  void subscribersAreDisconnectedWhenTheirOrganizationIsDeleted() throws Exception {
    long doomedOrg = createOrg(owner, "Doomed org");
    var doomed = createProject(owner, doomedOrg, "Doomed");
    StompTestClient client = subscribed(owner.token(), doomed.id());

    assertThat(api.delete("/api/orgs/" + doomedOrg, owner.token()).status()).isEqualTo(204);

    assertThat(client.nextError()).isEqualTo("Project " + doomed.id() + " was deleted");
    assertThat(client.closedByServer()).isTrue();
  }

  @Test
  void repeatedSubscribesToOneTopicDeliverEachEventOnce() throws Exception {
    var other = createProject(owner, orgId, "Other");
    int before = subscribers(projectId);
    StompTestClient client = connected(owner.token());

    for (int i = 0; i < 500; i++) {
      client.subscribe(topic(projectId));
    }
    // Frames of one connection are checked in order: once this one is held, all 500 were seen.
    client.subscribe(topic(other.id()));
    await().atMost(Duration.ofSeconds(5)).until(() -> subscribers(other.id()) == 1);

    assertThat(subscribers(projectId)).isEqualTo(before + 1);
    String first = event(projectId, "e1");
    String second = event(projectId, "e2");
    redis.convertAndSend(RedisKeys.logs(projectKey), first);
    redis.convertAndSend(RedisKeys.logs(projectKey), second);
    assertThat(client.nextEvent()).isEqualTo(first);
    assertThat(client.nextEvent()).isEqualTo(second);
    assertThat(client.errors).isEmpty();
  }

  @Test
  void subscribeOverThePerConnectionCapIsRefusedAndNotMade() throws Exception {
    int cap =
        environment.getRequiredProperty(
            "mockapi.limits.stomp-subscriptions-per-session", Integer.class);
    List<Long> projects = new ArrayList<>(List.of(projectId));
    for (int i = 1; i <= cap; i++) {
      projects.add(createProject(owner, orgId, "P" + i).id());
    }
    StompTestClient client = connected(owner.token());

    for (long each : projects) {
      client.subscribe(topic(each));
    }

    assertThat(client.nextError())
        .isEqualTo("At most " + cap + " subscriptions per connection; unsubscribe from one first");
    assertThat(client.closedByServer()).isTrue();
    await().atMost(Duration.ofSeconds(5)).until(() -> subscribers(projects.getLast()) == 0);
    for (long each : projects) {
      assertThat(subscribers(each)).as("project %d", each).isZero();
    }
  }

  @Test
  void aTopicUnsubscribedFromCanBeSubscribedToAgain() throws Exception {
    var other = createProject(owner, orgId, "Other");
    StompTestClient client = connected(owner.token());
    StompSession.Subscription first = client.subscribe(topic(projectId));
    await().atMost(Duration.ofSeconds(5)).until(() -> subscribers(projectId) == 1);

    first.unsubscribe();
    client.subscribe(topic(projectId));
    client.subscribe(topic(other.id()));
    await().atMost(Duration.ofSeconds(5)).until(() -> subscribers(other.id()) == 1);

    String event = event(projectId, "resubscribed");
    redis.convertAndSend(RedisKeys.logs(projectKey), event);
    assertThat(client.nextEvent()).isEqualTo(event);
  }

  @Test
  void memberOfAnotherOrgIsRefusedAndReceivesNothing() throws Exception {
    Account stranger = signUp("stranger");
    StompTestClient client = connected(stranger.token());

    client.subscribe(topic(projectId));

    assertThat(client.nextError()).isEqualTo("Project " + projectId + " not found");
    assertThat(client.closedByServer()).isTrue();
    redis.convertAndSend(RedisKeys.logs(projectKey), event(projectId, "secret"));
    assertThat(client.events.poll(300, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void connectWithoutTokenIsRefusedAndClosed() throws Exception {
    StompTestClient client = StompTestClient.connect(port, null);
    clients.add(client);

    assertThat(client.nextError()).contains("header Authorization, value Bearer <accessToken>");
    assertThat(client.closedByServer()).isTrue();
  }

  @Test
  void connectWithExpiredOrTamperedTokenIsRefused() throws Exception {
    String expired = accessToken(owner.id(), Instant.now().minusSeconds(1));
    String tampered = owner.token().substring(0, owner.token().length() - 2) + "xx";
    for (String token : List.of(expired, tampered)) {
      StompTestClient client = StompTestClient.connect(port, token);
      clients.add(client);

      assertThat(client.nextError()).contains("valid access token");
      assertThat(client.closedByServer()).isTrue();
    }
  }

  @Test
  void otherDestinationsAreRefused() throws Exception {
    for (String destination :
        List.of(
            "/topic/projects/" + projectId + "/state", "/queue/logs", "/topic/projects/x/logs")) {
      StompTestClient client = connected(owner.token());

      client.subscribe(destination);

      assertThat(client.nextError()).startsWith("Unknown destination " + destination);
      assertThat(client.closedByServer()).isTrue();
    }
  }

  @Test
  void clientsCannotSendEvenToTheirOwnTopic() throws Exception {
    StompTestClient listener = subscribed(owner.token(), projectId);
    StompTestClient sender = connected(owner.token());

    sender.session().send(topic(projectId), "{\"forged\":true}".getBytes());

    assertThat(sender.nextError()).startsWith("Clients cannot send");
    assertThat(sender.closedByServer()).isTrue();
    assertThat(listener.events.poll(300, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void connectionClosesWhenItsTokenExpires() throws Exception {
    String shortLived = accessToken(owner.id(), Instant.now().plusSeconds(2));
    StompTestClient client = subscribed(shortLived, projectId);
    double closedBefore = closedCount("token-expired");

    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              redis.convertAndSend(RedisKeys.logs(projectKey), event(projectId, "tick"));
              return client.errors.poll(100, TimeUnit.MILLISECONDS) != null;
            });

    assertThat(client.closedByServer()).isTrue();
    assertThat(closedCount("token-expired")).isGreaterThan(closedBefore);
  }

  @Test
  void slowClientLosesItsOldestEventsWithoutStallingOthersThenIsDisconnected() throws Exception {
    UnreadSocket slow = unreadSubscriber(owner.token(), projectId);
    StompTestClient reader = subscribed(owner.token(), projectId);
    double droppedBefore = meters.counter("mockapi.relay.events.dropped").count();
    double closedBefore = closedCount("slow");
    String padding = "x".repeat(8_000);

    // Published as fast as the reader takes them: its queue never fills, the slow client's does.
    for (int chunk = 0; chunk < 40; chunk++) {
      for (int i = chunk * 50; i < (chunk + 1) * 50; i++) {
        redis.convertAndSend(RedisKeys.logs(projectKey), event(projectId, "e" + i, padding));
      }
      for (int i = chunk * 50; i < (chunk + 1) * 50; i++) {
        assertThat(reader.nextEvent()).as("event %d", i).contains("\"id\":\"e" + i + "\"");
      }
    }

    assertThat(meters.counter("mockapi.relay.events.dropped").count()).isGreaterThan(droppedBefore);
    // Its write has been stuck since its buffers filled: past the time limit it is disconnected.
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              redis.convertAndSend(RedisKeys.logs(projectKey), event(projectId, "late", padding));
              return closedCount("slow") > closedBefore;
            });
    slow.close();
  }

  @Test
  void prometheusShowsTheRelayMeters() throws Exception {
    subscribed(owner.token(), projectId);
    redis.convertAndSend(RedisKeys.logs(projectKey), event(projectId, "counted"));
    clients.getFirst().nextEvent();

    String scrape = api.get("/actuator/prometheus", null).text();

    assertThat(scrape)
        .contains("mockapi_relay_clients ")
        .contains("mockapi_relay_events_relayed_total")
        .contains("mockapi_relay_events_dropped_total");
  }

  // ---- helpers ----

  private static String topic(long projectId) {
    return "/topic/projects/" + projectId + "/logs";
  }

  private static String event(long projectId, String id) {
    return event(projectId, id, "");
  }

  private static String event(long projectId, String id, String body) {
    return "{\"id\":\""
        + id
        + "\",\"projectId\":"
        + projectId
        + ",\"request\":{\"method\":\"GET\",\"path\":\"/users\",\"body\":\""
        + body
        + "\"}}";
  }

  private StompTestClient connected(String token) throws Exception {
    StompTestClient client = StompTestClient.connect(port, token);
    clients.add(client);
    client.session();
    return client;
  }

  /** Connected and subscribed, once the broker holds the subscription. */
  private StompTestClient subscribed(String token, long projectId) throws Exception {
    int before = subscribers(projectId);
    StompTestClient client = connected(token);
    client.subscribe(topic(projectId));
    await().atMost(Duration.ofSeconds(5)).until(() -> subscribers(projectId) > before);
    return client;
  }

  /** A client that subscribes, then never reads: the server's writes to it back up. */
  private UnreadSocket unreadSubscriber(String token, long projectId) throws Exception {
    int before = subscribers(projectId);
    UnreadSocket socket = new UnreadSocket(port);
    socket.send("CONNECT\naccept-version:1.2\nAuthorization:Bearer " + token + "\n\n\0");
    socket.send("SUBSCRIBE\nid:0\ndestination:" + topic(projectId) + "\n\n\0");
    await().atMost(Duration.ofSeconds(5)).until(() -> subscribers(projectId) > before);
    return socket;
  }

  /** Another manager on the same database and Redis, as a second instance behind a balancer. */
  private ConfigurableApplicationContext secondManager() {
    List<String> shared = new ArrayList<>(List.of("--server.port=0"));
    for (String key :
        List.of(
            "spring.datasource.url",
            "spring.datasource.username",
            "spring.datasource.password",
            "spring.data.redis.host",
            "spring.data.redis.port",
            "spring.data.redis.database",
            "mockapi.redis.embedded",
            "mockapi.auth.secret-key",
            "mockapi.data-dir")) {
      shared.add("--" + key + "=" + environment.getProperty(key, ""));
    }
    // Arguments, not default properties: those would lose to application.yml.
    return new SpringApplicationBuilder(ManagerApplication.class)
        .run(shared.toArray(String[]::new));
  }

  private int subscribers(long projectId) {
    return subscribers(broker, projectId);
  }

  private static int subscribers(SimpleBrokerMessageHandler broker, long projectId) {
    SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
    headers.setDestination(topic(projectId));
    return broker
        .getSubscriptionRegistry()
        .findSubscriptions(MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders()))
        .size();
  }

  private double closedCount(String reason) {
    return meters.counter("mockapi.relay.clients.closed", "reason", reason).count();
  }
}
