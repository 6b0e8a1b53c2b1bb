package dev.mockapi.manager.quota;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.manager.IntegrationTest;
import dev.mockapi.manager.support.Api;
import dev.mockapi.model.RedisKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The quotas of {@code mockapi.limits.*} at their bound, as the suite sets them (30 endpoints per
 * project, 40 projects per org, 4 owned orgs per user, 1 MB route tables): the create that would
 * pass one is a 409 {@code quota-exceeded} problem naming the limit and the current count, nothing
 * is written, and concurrent creates for the last place never all get in.
 */
class QuotaIntegrationTest extends IntegrationTest {

  private static final int ENDPOINTS = 30;
  private static final int PROJECTS = 40;
  private static final int ORGS = 4;
  private static final int ROUTE_TABLE_BYTES = 1024 * 1024;
  private static final int RACERS = 6;

  @Test
  void theEndpointOverTheLimitIsRefusedWithTheLimitAndTheCount() {
    Account editor = signUp("editor");
    long projectId = createProject(editor, createOrg(editor, "Org"), "Shop").id();
    for (int i = 0; i < ENDPOINTS; i++) {
      createEndpoint(editor, projectId, "GET", "/e" + i);
    }

    var refused = api.post(endpoints(projectId), editor.token(), endpoint("GET", "/one-more"));

    assertQuotaExceeded(refused, "endpoints-per-project", ENDPOINTS, ENDPOINTS);
    assertThat(refused.text("detail")).contains("mockapi.limits.endpoints-per-project");
    assertThat(endpointCount(editor, projectId)).isEqualTo(ENDPOINTS);
  }

  @Test
  void deletingAnEndpointMakesRoomForAnother() {
    Account editor = signUp("editor");
    long projectId = createProject(editor, createOrg(editor, "Org"), "Shop").id();
    long first = createEndpoint(editor, projectId, "GET", "/e0").id();
    for (int i = 1; i < ENDPOINTS; i++) {
      createEndpoint(editor, projectId, "GET", "/e" + i);
    }

    assertThat(api.delete(endpoints(projectId) + "/" + first, editor.token()).status())
        .isEqualTo(204);

    assertThat(api.post(endpoints(projectId), editor.token(), endpoint("GET", "/again")).status())
        .isEqualTo(201);
  }

  @Test
  void aResourceThatWouldPassTheEndpointLimitCreatesNothingAndSeedsNothing() {
    Account editor = signUp("editor");
    var project = createProject(editor, createOrg(editor, "Org"), "Shop");
    for (int i = 0; i < ENDPOINTS - 3; i++) {
      createEndpoint(editor, project.id(), "GET", "/e" + i);
    }

    var refused =
        api.post(
            "/api/projects/" + project.id() + "/resources",
            editor.token(),
            Map.of("name", "users", "seedCount", 3));

    assertQuotaExceeded(refused, "endpoints-per-project", ENDPOINTS, ENDPOINTS - 3);
    assertThat(refused.text("detail")).contains("6 more");
    assertThat(endpointCount(editor, project.id())).isEqualTo(ENDPOINTS - 3);
    assertThat(redis.hasKey(RedisKeys.stateCollections(project.text("projectKey")))).isFalse();
  }

  @Test
  void concurrentEndpointCreatesForTheLastPlaceLetExactlyOneIn() {
    Account editor = signUp("editor");
    long projectId = createProject(editor, createOrg(editor, "Org"), "Shop").id();
    for (int i = 0; i < ENDPOINTS - 1; i++) {
      createEndpoint(editor, projectId, "GET", "/e" + i);
    }

    List<Api.Response> answers =
        race(i -> api.post(endpoints(projectId), editor.token(), endpoint("GET", "/racer-" + i)));

    assertExactlyOneCreated(answers, "endpoints-per-project");
    assertThat(endpointCount(editor, projectId)).isEqualTo(ENDPOINTS);
  }

  @Test
  void theProjectOverTheLimitIsRefusedAndConcurrentOnesLetExactlyOneIn() {
    Account admin = signUp("admin");
    long orgId = createOrg(admin, "Org");
    for (int i = 0; i < PROJECTS - 1; i++) {
      createProject(admin, orgId, "P" + i);
    }

    List<Api.Response> answers =
        race(
            i ->
                api.post(
                    "/api/orgs/" + orgId + "/projects",
                    admin.token(),
                    Map.of("name", "Racer " + i)));
    var refused =
        api.post("/api/orgs/" + orgId + "/projects", admin.token(), Map.of("name", "More"));

    assertExactlyOneCreated(answers, "projects-per-org");
    assertQuotaExceeded(refused, "projects-per-org", PROJECTS, PROJECTS);
    assertThat(api.get("/api/orgs/" + orgId + "/projects", admin.token()).body().size())
        .isEqualTo(PROJECTS);
  }

  @Test
  void theOrganizationOverTheLimitIsRefusedAndConcurrentOnesLetExactlyOneIn() {
    Account user = signUp("user");
    for (int i = 0; i < ORGS - 1; i++) {
      createOrg(user, "Org " + i);
    }

    List<Api.Response> answers =
        race(i -> api.post("/api/orgs", user.token(), Map.of("name", "Racer " + i)));
    var refused = api.post("/api/orgs", user.token(), Map.of("name", "More"));

    assertExactlyOneCreated(answers, "orgs-per-user");
    assertQuotaExceeded(refused, "orgs-per-user", ORGS, ORGS);
    assertThat(api.get("/api/orgs", user.token()).body().size()).isEqualTo(ORGS);
  }

  @Test
  void organizationsTheUserIsOnlyAMemberOfDoNotCount() {
    Account user = signUp("user");
    for (int i = 0; i < ORGS; i++) {
      Account other = signUp("other");
      addMember(other, createOrg(other, "Theirs " + i), user, "ADMIN");
    }

    assertThat(api.post("/api/orgs", user.token(), Map.of("name", "Mine")).status()).isEqualTo(201);
  }

  @Test
  void anEndpointThatWouldPassTheRouteTableSizeIsRefusedAndTheTableStays() {
    Account editor = signUp("editor");
    var project = createProject(editor, createOrg(editor, "Org"), "Shop");
    fillRouteTable(editor, project.id());
    String published = redis.opsForValue().get(RedisKeys.routes(project.text("slug")));

    var refused =
        api.post(endpoints(project.id()), editor.token(), endpointWithBody("/big", 100_000));

    assertQuotaExceeded(refused, "route-table-size", ROUTE_TABLE_BYTES, -1);
    assertThat(refused.body().path("current").asLong()).isGreaterThan(ROUTE_TABLE_BYTES);
    assertThat(endpointCount(editor, project.id())).isEqualTo(4);
    assertThat(redis.opsForValue().get(RedisKeys.routes(project.text("slug"))))
        .isEqualTo(published);
  }

  @Test
  void anUpdateThatWouldPassTheRouteTableSizeIsRefusedAndOneThatShrinksIsNot() {
    Account editor = signUp("editor");
    long projectId = createProject(editor, createOrg(editor, "Org"), "Shop").id();
    fillRouteTable(editor, projectId);
    long small = createEndpoint(editor, projectId, "GET", "/small").id();
    String path = endpoints(projectId) + "/" + small;

    var grown = api.put(path, editor.token(), versioned(endpointWithBody("/small", 100_000), 0));
    var shrunk = api.put(path, editor.token(), versioned(endpointWithBody("/small", 10), 0));

    assertQuotaExceeded(grown, "route-table-size", ROUTE_TABLE_BYTES, -1);
    assertThat(shrunk.status()).as(shrunk.text()).isEqualTo(200);
  }

  @Test
  void concurrentEndpointsForTheLastBytesOfTheRouteTableLetExactlyOneIn() {
    Account editor = signUp("editor");
    long projectId = createProject(editor, createOrg(editor, "Org"), "Shop").id();
    fillRouteTable(editor, projectId);

    // Each fits in what is left; any two together do not.
    List<Api.Response> answers =
        race(
            i ->
                api.post(
                    endpoints(projectId), editor.token(), endpointWithBody("/racer-" + i, 50_000)));

    assertExactlyOneCreated(answers, "route-table-size");
  }

  /** Four endpoints of 240 000 bytes: about 960 KB of the 1 MB (1 048 576 bytes) table. */
  private void fillRouteTable(Account editor, long projectId) {
    for (int i = 0; i < 4; i++) {
      var created =
          api.post(endpoints(projectId), editor.token(), endpointWithBody("/fill-" + i, 240_000));
      assertThat(created.status()).as(created.text()).isEqualTo(201);
    }
  }

  private static Map<String, Object> endpointWithBody(String path, int bytes) {
    return Map.of(
        "method",
        "GET",
        "path",
        path,
        "response",
        Map.of("status", 200, "body", "x".repeat(bytes)));
  }

  /** Sends {@link #RACERS} requests at once; answers them in order. */
  private static List<Api.Response> race(IntFunction<Api.Response> call) {
    CyclicBarrier start = new CyclicBarrier(RACERS);
    List<CompletableFuture<Api.Response>> calls = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      int racer = i;
      calls.add(
          CompletableFuture.supplyAsync(
              () -> {
                await(start);
                return call.apply(racer);
              },
              Thread::startVirtualThread));
    }
    return calls.stream().map(CompletableFuture::join).toList();
  }

  private static void assertExactlyOneCreated(List<Api.Response> answers, String quota) {
    assertThat(answers.stream().map(Api.Response::status))
        .as(answers.stream().map(Api.Response::text).toList().toString())
        .containsOnly(201, 409)
        .filteredOn(status -> status == 201)
        .hasSize(1);
    answers.stream()
        .filter(answer -> answer.status() == 409)
        .forEach(answer -> assertThat(answer.text("quota")).isEqualTo(quota));
  }

  /** A 409 quota-exceeded problem; {@code current} is checked unless negative. */
  private static void assertQuotaExceeded(
      Api.Response response, String quota, long limit, long current) {
    assertThat(response.status()).as(response.text()).isEqualTo(409);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.text("type")).isEqualTo("urn:mockapi:problem:quota-exceeded");
    assertThat(response.text("quota")).isEqualTo(quota);
    assertThat(response.body().path("limit").asLong()).isEqualTo(limit);
    if (current >= 0) {
      assertThat(response.body().path("current").asLong()).isEqualTo(current);
    }
  }

  private int endpointCount(Account account, long projectId) {
    return api.get(endpoints(projectId), account.token()).body().size();
  }

  private static String endpoints(long projectId) {
    return "/api/projects/" + projectId + "/endpoints";
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
