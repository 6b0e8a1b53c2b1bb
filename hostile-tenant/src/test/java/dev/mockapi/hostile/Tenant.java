package dev.mockapi.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** A signed-up user with an org and a project, calling the manager and its project's mocks. */
final class Tenant {

  private final Stack stack;
  final String email;
  final String token;
  final long orgId;
  final long projectId;
  final String slug;

  private Tenant(Stack stack, String email, String token, long orgId, long projectId, String slug) {
    this.stack = stack;
    this.email = email;
    this.token = token;
    this.orgId = orgId;
    this.projectId = projectId;
    this.slug = slug;
  }

  static Tenant signUp(Stack stack, String name) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String email = name + "-" + suffix + "@example.com";
    String password = "correct-horse-" + suffix;
    URI base = stack.manager;
    Api.Answer registered =
        Api.send(
            "POST",
            base.resolve("/api/auth/register"),
            Map.of(),
            "application/json",
            Api.utf8(Api.json(Map.of("email", email, "password", password))));
    assertThat(registered.status()).as("register %s", registered).isEqualTo(201);
    Api.Answer login =
        Api.send(
            "POST",
            base.resolve("/api/auth/login"),
            Map.of(),
            "application/json",
            Api.utf8(Api.json(Map.of("email", email, "password", password))));
    assertThat(login.status()).as("login %s", login).isEqualTo(200);
    String token = login.json().path("accessToken").asString();
    Map<String, String> auth = Map.of("Authorization", "Bearer " + token);
    JsonNode org =
        created(
            Api.send(
                "POST",
                base.resolve("/api/orgs"),
                auth,
                "application/json",
                Api.utf8(Api.json(Map.of("name", name + " org")))));
    long orgId = org.path("id").asLong();
    String slug = name + "-" + suffix;
    JsonNode project =
        created(
            Api.send(
                "POST",
                base.resolve("/api/orgs/" + orgId + "/projects"),
                auth,
                "application/json",
                Api.utf8(Api.json(Map.of("name", name + " project", "slug", slug)))));
    return new Tenant(stack, email, token, orgId, project.path("id").asLong(), slug);
  }

  private static JsonNode created(Api.Answer answer) {
    assertThat(answer.status()).as("create %s", answer).isEqualTo(201);
    return answer.json();
  }

  Map<String, String> auth() {
    return Map.of("Authorization", "Bearer " + token);
  }

  /** A manager API call with this tenant's token; a body is sent as JSON. */
  Api.Answer api(String method, String path, String jsonBody) {
    return Api.send(
        method,
        URI.create(stack.manager + path),
        auth(),
        jsonBody == null ? null : "application/json",
        jsonBody == null ? null : Api.utf8(jsonBody));
  }

  Api.Answer api(String method, String path) {
    return api(method, path, null);
  }

  /** Saves an endpoint of this tenant's project; returns the answer, whatever its status. */
  Api.Answer saveEndpoint(Object definition) {
    return api("POST", "/api/projects/" + projectId + "/endpoints", Api.json(definition));
  }

  /** A call of this tenant's mock at {@code path} (with its query), no token. */
  Api.Answer mock(String method, String path, String contentType, byte[] body) {
    return mock(stack.engine, method, path, contentType, body);
  }

  /** The same call, served by {@code engine}. */
  Api.Answer mock(URI engine, String method, String path, String contentType, byte[] body) {
    return Api.send(
        method, URI.create(engine + "/mock/" + slug + path), Map.of(), contentType, body);
  }

  Api.Answer mock(String path) {
    return mock("GET", path, null, null);
  }

  /** Waits until the engine serves {@code path} with {@code status} (a save reaches it in ms). */
  void awaitServed(String path, int status) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    Api.Answer answer = mock(path);
    while (answer.status() != status && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20); // polling: the engine announces no reload to its callers
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      answer = mock(path);
    }
    assertThat(answer.status()).as("GET /mock/%s%s: %s", slug, path, answer).isEqualTo(status);
  }
}
