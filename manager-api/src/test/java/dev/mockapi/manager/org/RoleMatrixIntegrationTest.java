package dev.mockapi.manager.org;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.manager.IntegrationTest;
import dev.mockapi.manager.support.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every action of DESIGN section 9 by every role, against a fresh organization each time, with the
 * exact status expected. The outsider owns an organization of their own, and still gets 404.
 */
class RoleMatrixIntegrationTest extends IntegrationTest {

  private static final List<String> CALLERS =
      List.of("OWNER", "ADMIN", "EDITOR", "VIEWER", "OUTSIDER");

  private static Map<String, Account> accounts;
  private World world;

  /** A fresh org with one member of each role, a project, an endpoint and spare members. */
  record World(
      long orgId,
      long projectId,
      long endpointId,
      Account spare,
      Account coOwner,
      Account newcomer) {}

  record Action(String name, BiFunction<World, Account, Api.Response> call, int... expected) {}

  private Api.Response as(String method, String path, Account caller, Object body) {
    return api.send(method, path, caller.token(), body);
  }

  private List<Action> actions() {
    Map<String, Object> settings = Map.of("settings", Map.of("apiKeyRequired", true));
    return List.of(
        new Action(
            "see org",
            (w, c) -> as("GET", "/api/orgs/" + w.orgId(), c, null),
            200,
            200,
            200,
            200,
            404),
        new Action(
            "list members",
            (w, c) -> as("GET", "/api/orgs/" + w.orgId() + "/members", c, null),
            200,
            200,
            200,
            200,
            404),
        new Action(
            "list projects",
            (w, c) -> as("GET", "/api/orgs/" + w.orgId() + "/projects", c, null),
            200,
            200,
            200,
            200,
            404),
        new Action(
            "see project",
            (w, c) -> as("GET", "/api/projects/" + w.projectId(), c, null),
            200,
            200,
            200,
            200,
            404),
        new Action(
            "list endpoints",
            (w, c) -> as("GET", "/api/projects/" + w.projectId() + "/endpoints", c, null),
            200,
            200,
            200,
            200,
            404),
        new Action(
            "see endpoint", (w, c) -> as("GET", endpointPath(w), c, null), 200, 200, 200, 200, 404),
        new Action(
            "create endpoint",
            (w, c) ->
                as(
                    "POST",
                    "/api/projects/" + w.projectId() + "/endpoints",
                    c,
                    endpoint("POST", "/orders")),
            201,
            201,
            201,
            403,
            404),
        new Action(
            "edit endpoint",
            (w, c) -> as("PUT", endpointPath(w), c, versioned(endpoint("GET", "/changed"), 0)),
            200,
            200,
            200,
            403,
            404),
        new Action(
            "delete endpoint",
            (w, c) -> as("DELETE", endpointPath(w), c, null),
            204,
            204,
            204,
            403,
            404),
        new Action(
            "see state",
            (w, c) -> as("GET", "/api/projects/" + w.projectId() + "/state", c, null),
            200,
            200,
            200,
            200,
            404),
        new Action(
            "see analytics",
            (w, c) -> as("GET", "/api/projects/" + w.projectId() + "/analytics", c, null),
            200,
            200,
            200,
            200,
            404),
        new Action(
            "reset state",
            (w, c) -> as("DELETE", "/api/projects/" + w.projectId() + "/state", c, null),
            204,
            204,
            204,
            403,
            404),
        new Action(
            "create resource",
            (w, c) ->
                as(
                    "POST",
                    "/api/projects/" + w.projectId() + "/resources",
                    c,
                    Map.of("name", "invoices")),
            201,
            201,
            201,
            403,
            404),
        new Action(
            "create project",
            (w, c) ->
                as("POST", "/api/orgs/" + w.orgId() + "/projects", c, Map.of("name", "Another")),
            201,
            201,
            403,
            403,
            404),
        new Action(
            "change project settings",
            (w, c) -> as("PATCH", "/api/projects/" + w.projectId(), c, settings),
            200,
            200,
            403,
            403,
            404),
        new Action(
            "issue API key",
            (w, c) -> as("POST", "/api/projects/" + w.projectId() + "/api-key", c, null),
            201,
            201,
            403,
            403,
            404),
        new Action(
            "delete project",
            (w, c) -> as("DELETE", "/api/projects/" + w.projectId(), c, null),
            204,
            204,
            403,
            403,
            404),
        new Action(
            "rename org",
            (w, c) -> as("PATCH", "/api/orgs/" + w.orgId(), c, Map.of("name", "Renamed")),
            200,
            200,
            403,
            403,
            404),
        new Action(
            "add member",
            (w, c) ->
                as(
                    "POST",
                    "/api/orgs/" + w.orgId() + "/members",
                    c,
                    Map.of("email", w.newcomer().email(), "role", "VIEWER")),
            201,
            201,
            403,
            403,
            404),
        new Action(
            "change a role",
            (w, c) -> as("PATCH", memberPath(w, w.spare()), c, Map.of("role", "VIEWER")),
            200,
            200,
            403,
            403,
            404),
        new Action(
            "remove member",
            (w, c) -> as("DELETE", memberPath(w, w.spare()), c, null),
            204,
            204,
            403,
            403,
            404),
        new Action(
            "add an Owner",
            (w, c) ->
                as(
                    "POST",
                    "/api/orgs/" + w.orgId() + "/members",
                    c,
                    Map.of("email", w.newcomer().email(), "role", "OWNER")),
            201,
            403,
            403,
            403,
            404),
        new Action(
            "grant Owner",
            (w, c) -> as("PATCH", memberPath(w, w.spare()), c, Map.of("role", "OWNER")),
            200,
            403,
            403,
            403,
            404),
        new Action(
            "revoke Owner",
            (w, c) -> as("PATCH", memberPath(w, w.coOwner()), c, Map.of("role", "ADMIN")),
            200,
            403,
            403,
            403,
            404),
        new Action(
            "remove an Owner",
            (w, c) -> as("DELETE", memberPath(w, w.coOwner()), c, null),
            204,
            403,
            403,
            403,
            404),
        new Action(
            "delete org",
            (w, c) -> as("DELETE", "/api/orgs/" + w.orgId(), c, null),
            204,
            403,
            403,
            403,
            404));
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    // Names only: the actions themselves need the running server, built per test instance.
    for (String action : ACTION_NAMES) {
      for (String caller : CALLERS) {
        cases.add(Arguments.of(action, caller));
      }
    }
    return cases.stream();
  }

  private static final List<String> ACTION_NAMES =
      List.of(
          "see org",
          "list members",
          "list projects",
          "see project",
          "list endpoints",
          "see endpoint",
          "create endpoint",
          "edit endpoint",
          "delete endpoint",
          "see state",
          "see analytics",
          "reset state",
          "create resource",
          "create project",
          "change project settings",
          "issue API key",
          "delete project",
          "rename org",
          "add member",
          "change a role",
          "remove member",
          "add an Owner",
          "grant Owner",
          "revoke Owner",
          "remove an Owner",
          "delete org");

  @ParameterizedTest(name = "{1} may {0}?")
  @MethodSource("cases")
  void everyRoleGetsExactlyTheStatusOfTheMatrix(String actionName, String caller) {
    Action action =
        actions().stream().filter(a -> a.name().equals(actionName)).findFirst().orElseThrow();
    world = newWorld();

    var response = action.call().apply(world, account(caller));

    int expected = action.expected()[CALLERS.indexOf(caller)];
    assertThat(response.status())
        .as(actionName + " by " + caller + ": " + response.text())
        .isEqualTo(expected);
    if (expected >= 400) {
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
    }
  }

  /** The Owner, shared by every case, would otherwise reach mockapi.limits.orgs-per-user. */
  @AfterEach
  void deleteTheWorld() {
    if (world != null) {
      as("DELETE", "/api/orgs/" + world.orgId(), account("OWNER"), null);
    }
  }

  @org.junit.jupiter.api.Test
  void everyActionIsInTheMatrix() {
    assertThat(actions().stream().map(Action::name).toList()).isEqualTo(ACTION_NAMES);
  }

  private World newWorld() {
    Account owner = account("OWNER");
    long orgId = createOrg(owner, "Matrix Org");
    addMember(owner, orgId, account("ADMIN"), "ADMIN");
    addMember(owner, orgId, account("EDITOR"), "EDITOR");
    addMember(owner, orgId, account("VIEWER"), "VIEWER");
    Account spare = account("SPARE");
    Account coOwner = account("CO_OWNER");
    addMember(owner, orgId, spare, "EDITOR");
    addMember(owner, orgId, coOwner, "OWNER");
    long projectId = createProject(owner, orgId, "Matrix Project").id();
    long endpointId = createEndpoint(owner, projectId, "GET", "/users/{id}").id();
    return new World(orgId, projectId, endpointId, spare, coOwner, account("NEWCOMER"));
  }

  private Account account(String key) {
    if (accounts == null) {
      accounts = new java.util.HashMap<>();
    }
    return accounts.computeIfAbsent(
        key,
        k -> {
          Account account = signUp(k.toLowerCase());
          if (k.equals("OUTSIDER")) {
            long own = createOrg(account, "Outsider Org");
            createProject(account, own, "Outsider Project");
          }
          return account;
        });
  }

  private static String endpointPath(World w) {
    return "/api/projects/" + w.projectId() + "/endpoints/" + w.endpointId();
  }

  private static String memberPath(World w, Account member) {
    return "/api/orgs/" + w.orgId() + "/members/" + member.id();
  }
}
