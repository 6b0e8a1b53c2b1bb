package dev.mockapi.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed input for every write route of the manager and for the engine's mocks: no case answers
 * 5xx, every 4xx is a problem JSON, and a refused write leaves the listing of its resource as it
 * was. Runs before the hostile tenant, whose login attack leaves this address throttled.
 */
@ExtendWith(StackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(1)
class MalformedInputTest {

  /** One request of the corpus and the read whose answer a refused write must leave unchanged. */
  record Case(
      String api,
      String name,
      String method,
      String path,
      Map<String, String> headers,
      String contentType,
      byte[] body,
      String listing) {}

  /** Refused by the engine's HTTP codec before any handler, without a body (README, Limits). */
  private static final List<Integer> CODEC_REFUSALS = List.of(414, 431);

  private Stack stack;
  private Tenant tenant;
  private long endpointId;

  @BeforeAll
  void tenant(Stack stack) {
    this.stack = stack;
    tenant = Tenant.signUp(stack, "malformed");
    Api.Answer endpoint =
        tenant.saveEndpoint(
            Map.of("method", "GET", "path", "/users/{id}", "response", Map.of("body", "{}")));
    assertThat(endpoint.status()).as("%s", endpoint).isEqualTo(201);
    endpointId = endpoint.json().path("id").asLong();
    Api.Answer resource =
        tenant.api(
            "POST",
            "/api/projects/" + tenant.projectId + "/resources",
            Api.json(Map.of("name", "items", "seedCount", 3)));
    assertThat(resource.status()).as("%s", resource).isEqualTo(201);
    tenant.awaitServed("/items/1", 200);
  }

  /** Bodies no write route should accept as they are. */
  private static Map<String, byte[]> badBodies(String validJson) {
    Map<String, byte[]> bodies = new TreeMap<>();
    bodies.put("empty", new byte[0]);
    bodies.put("truncated", Api.utf8(validJson.substring(0, validJson.length() / 2)));
    bodies.put("truncated after a key", Api.utf8("{\"name\":"));
    bodies.put("null", Api.utf8("null"));
    bodies.put("array", Api.utf8("[]"));
    bodies.put("string", Api.utf8("\"text\""));
    bodies.put("huge number", Api.utf8("1" + "0".repeat(5_000)));
    bodies.put("deep arrays", Api.utf8("[".repeat(100_000) + "]".repeat(100_000)));
    bodies.put("deep objects", Api.utf8("{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000)));
    bodies.put(
        "invalid UTF-8",
        concat(
            Api.utf8("{\"name\":\"a"),
            new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc0, (byte) 0xae},
            Api.utf8("\"}")));
    bodies.put(
        "overlong UTF-8 slash",
        concat(Api.utf8("{\"name\":\""), new byte[] {(byte) 0xc0, (byte) 0xaf}, Api.utf8("\"}")));
    bodies.put("lone surrogate", Api.utf8("{\"name\":\"\\ud800\",\"email\":\"\\udfff\"}"));
    bodies.put("trailing garbage", Api.utf8(validJson + " }}}"));
    bodies.put("two documents", Api.utf8(validJson + validJson));
    bodies.put("comment", Api.utf8("/* x */" + validJson));
    bodies.put("single quotes", Api.utf8(validJson.replace('"', '\'')));
    bodies.put("huge string", Api.utf8("{\"name\":\"" + "s".repeat(300_000) + "\"}"));
    bodies.put("huge key", Api.utf8("{\"" + "k".repeat(5_000) + "\":1}"));
    bodies.put("oversized", Api.utf8("{\"name\":\"" + " ".repeat(3_000_000) + "\"}"));
    bodies.put("wrong types", Api.utf8(wrongTypes(validJson)));
    bodies.put(
        "numbers out of range",
        Api.utf8(
            "{\"name\":1e400,\"priority\":99999999999999999999,\"seedCount\":-1e308,\"version\":1.5}"));
    bodies.put("NaN", Api.utf8("{\"name\":NaN}"));
    bodies.put("control characters", Api.utf8("{\"name\":\"a\u0000b\u0001\"}"));
    return bodies;
  }

  private static String wrongTypes(String validJson) {
    Map<?, ?> fields = Api.JSON.readValue(validJson, Map.class);
    StringBuilder json = new StringBuilder("{");
    List<String> wrong = List.of("{}", "[1]", "true", "1.5");
    int i = 0;
    for (Object key : fields.keySet()) {
      json.append(i == 0 ? "" : ",").append('"').append(key).append("\":").append(wrong.get(i % 4));
      i++;
    }
    return json.append('}').toString();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private List<Case> corpus() {
    List<Case> cases = new ArrayList<>();
    long org = tenant.orgId;
    long project = tenant.projectId;
    String endpoint =
        "{\"method\":\"GET\",\"path\":\"/x\",\"response\":{\"status\":200,\"body\":\"{}\"}}";
    List<String[]> writes =
        List.of(
            new String[] {
              "POST",
              "/api/auth/register",
              "{\"email\":\"n@x.io\",\"password\":\"password1\"}",
              null
            },
            new String[] {
              "POST", "/api/auth/login", "{\"email\":\"n@x.io\",\"password\":\"password1\"}", null
            },
            new String[] {"POST", "/api/auth/refresh", "{\"refreshToken\":\"abc\"}", null},
            new String[] {"POST", "/api/auth/logout", "{\"refreshToken\":\"abc\"}", null},
            new String[] {"POST", "/api/orgs", "{\"name\":\"Org\"}", "/api/orgs"},
            new String[] {"PATCH", "/api/orgs/" + org, "{\"name\":\"Org\"}", "/api/orgs/" + org},
            new String[] {
              "POST",
              "/api/orgs/" + org + "/members",
              "{\"email\":\"n@x.io\",\"role\":\"VIEWER\"}",
              "/api/orgs/" + org + "/members"
            },
            new String[] {
              "POST",
              "/api/orgs/" + org + "/projects",
              "{\"name\":\"P\",\"slug\":\"pp-1\"}",
              "/api/orgs/" + org + "/projects"
            },
            new String[] {
              "PATCH",
              "/api/projects/" + project,
              "{\"name\":\"P\",\"description\":\"d\"}",
              "/api/projects/" + project
            },
            new String[] {"POST", "/api/templates/preview", "{\"template\":\"{{uuid}}\"}", null},
            new String[] {
              "POST",
              "/api/projects/" + project + "/endpoints",
              endpoint,
              "/api/projects/" + project + "/endpoints"
            },
            new String[] {
              "PUT",
              "/api/projects/" + project + "/endpoints/" + endpointId,
              endpoint,
              "/api/projects/" + project + "/endpoints"
            },
            new String[] {
              "POST",
              "/api/projects/" + project + "/resources",
              "{\"name\":\"things\",\"seedCount\":2}",
              "/api/projects/" + project + "/endpoints"
            });
    for (String[] write : writes) {
      badBodies(write[2])
          .forEach(
              (name, body) ->
                  cases.add(
                      new Case(
                          "manager",
                          write[0] + " " + write[1] + ": " + name,
                          write[0],
                          write[1],
                          Map.of(),
                          "application/json",
                          body,
                          write[3])));
      for (String type :
          List.of(
              "text/plain",
              "application/xml",
              "application/x-www-form-urlencoded",
              "application/json; charset=latin1")) {
        cases.add(
            new Case(
                "manager",
                write[0] + " " + write[1] + ": content type " + type,
                write[0],
                write[1],
                Map.of(),
                type,
                Api.utf8(write[2]),
                write[3]));
      }
    }
    String state = "/api/projects/" + project + "/state/";
    for (String name : traversals()) {
      cases.add(
          new Case(
              "manager",
              "state collection " + name,
              "GET",
              state + name,
              Map.of(),
              null,
              null,
              null));
      cases.add(
          new Case(
              "manager",
              "delete state collection " + name,
              "DELETE",
              state + name,
              Map.of(),
              null,
              null,
              state + "items"));
      cases.add(
          new Case(
              "manager",
              "endpoint id " + name,
              "GET",
              "/api/projects/" + project + "/endpoints/" + name,
              Map.of(),
              null,
              null,
              null));
    }
    for (String query :
        List.of(
            "limit=abc",
            "limit=-1",
            "limit=99999999999999999999",
            "status=9xx",
            "status=%00",
            "matched=maybe",
            "path=%2e%2e%2f%2e%2e",
            "path=" + "%7B".repeat(500),
            "method=" + "G".repeat(2000),
            "limit=1&".repeat(700) + "x=1",
            "window=1y")) {
      cases.add(
          new Case(
              "manager",
              "logs ?" + shorten(query),
              "GET",
              "/api/projects/" + project + "/logs?" + query,
              Map.of(),
              null,
              null,
              null));
      cases.add(
          new Case(
              "manager",
              "analytics ?" + shorten(query),
              "GET",
              "/api/projects/" + project + "/analytics?" + query,
              Map.of(),
              null,
              null,
              null));
    }
    cases.add(
        new Case("manager", "header flood", "GET", "/api/me", headers(300, 100), null, null, null));
    cases.add(
        new Case(
            "manager",
            "one huge header",
            "GET",
            "/api/me",
            Map.of("X-Big", "h".repeat(20_000)),
            null,
            null,
            null));
    cases.add(
        new Case(
            "manager",
            "page size out of range",
            "GET",
            state + "items?page=0&size=100000",
            Map.of(),
            null,
            null,
            null));

    String items = "/mock/" + tenant.slug + "/items";
    String listing = "/api/projects/" + project + "/state/items?size=500";
    for (String method : List.of("POST", "PUT", "PATCH")) {
      String path = method.equals("POST") ? items : items + "/1";
      badBodies("{\"name\":\"a\",\"email\":\"b\"}")
          .forEach(
              (name, body) -> {
                if (!name.equals("oversized")) {
                  cases.add(
                      new Case(
                          "engine",
                          method + " item: " + name,
                          method,
                          path,
                          Map.of(),
                          "application/json",
                          body,
                          listing));
                }
              });
      cases.add(
          new Case(
              "engine",
              method + " item: over 1 MB",
              method,
              path,
              Map.of(),
              "application/json",
              Api.utf8("{\"a\":\"" + "x".repeat(1_100_000) + "\"}"),
              listing));
      cases.add(
          new Case(
              "engine",
              method + " item: id an object",
              method,
              path,
              Map.of(),
              "application/json",
              Api.utf8("{\"id\":{\"a\":1}}"),
              listing));
      cases.add(
          new Case(
              "engine",
              method + " item: text/plain",
              method,
              path,
              Map.of(),
              "text/plain",
              Api.utf8("name=a"),
              listing));
    }
    for (String name : traversals()) {
      cases.add(
          new Case(
              "engine",
              "slug " + name,
              "GET",
              "/mock/" + name + "/items",
              Map.of(),
              null,
              null,
              null));
      cases.add(
          new Case(
              "engine",
              "collection " + name,
              "GET",
              "/mock/" + tenant.slug + "/" + name,
              Map.of(),
              null,
              null,
              null));
      cases.add(
          new Case(
              "engine",
              "item id " + name,
              "DELETE",
              items + "/" + name,
              Map.of(),
              null,
              null,
              listing));
    }
    for (String query :
        List.of(
            "_page=abc",
            "_limit=-5",
            "_limit=99999999999999999999",
            "_start=x&_end=y",
            "_sort=" + "a.".repeat(500),
            "_order=sideways",
            "name_like=(",
            "name_like=%00",
            "q=" + "%ff".repeat(50),
            "a=1&".repeat(1_000) + "b=2",
            "id_gte=1e400",
            "_page=1&_limit=1&_page=2")) {
      cases.add(
          new Case(
              "engine",
              "list ?" + shorten(query),
              "GET",
              items + "?" + query,
              Map.of(),
              null,
              null,
              null));
    }
    for (String seed : List.of("abc", "1e3", "99999999999999999999", "-", " ")) {
      cases.add(
          new Case(
              "engine",
              "seed " + seed,
              "GET",
              "/mock/" + tenant.slug + "/users/1",
              Map.of("X-Mock-Seed", seed),
              null,
              null,
              null));
    }
    cases.add(
        new Case("engine", "header flood", "GET", items, headers(300, 100), null, null, null));
    cases.add(
        new Case(
            "engine",
            "long request line",
            "GET",
            items + "?q=" + "q".repeat(9_000),
            Map.of(),
            null,
            null,
            null));
    return cases;
  }

  private static List<String> traversals() {
    return List.of(
        "..",
        "%2e%2e",
        "%2E%2E%2F%2E%2E",
        "..%2f..%2fapi",
        "%2e%2e%5c%2e%2e",
        "a%2fb",
        "a%00b",
        "%00",
        "%c0%ae%c0%ae",
        "%ff",
        ".",
        "....//",
        "a;b=c",
        "%252e%252e",
        "x".repeat(600),
        "%20");
  }

  private static Map<String, String> headers(int count, int size) {
    Map<String, String> headers = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      headers.put("X-Flood-" + i, "v".repeat(size));
    }
    return headers;
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...(" + text.length() + ")";
  }

  @Test
  void noMalformedRequestGetsA5xxAnUntypedErrorOrAPartialWrite() {
    List<Case> cases = corpus();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    Map<String, Integer> perApiAndStatus = new TreeMap<>();
    for (Case c : cases) {
      URI base = c.api().equals("manager") ? stack.manager : stack.engine;
      Function<String, String> read = path -> path == null ? null : tenant.api("GET", path).text();
      String before = read.apply(c.listing());
      Api.Answer answer;
      try {
        Map<String, String> headers = new TreeMap<>(c.headers());
        if (c.api().equals("manager")) {
          headers.putAll(tenant.auth());
        }
        answer =
            Api.send(c.method(), URI.create(base + c.path()), headers, c.contentType(), c.body());
      } catch (RuntimeException e) {
        failures.add(c.name() + ": no answer, " + e);
        perApiAndStatus.merge(c.api() + " no answer", 1, Integer::sum);
        continue;
      }
      perApiAndStatus.merge(c.api() + " " + answer.status(), 1, Integer::sum);
      if (answer.status() >= 500) {
        failures.add(c.name() + ": " + answer);
      } else if (answer.status() >= 400) {
        boolean bodiless = c.api().equals("engine") && CODEC_REFUSALS.contains(answer.status());
        if (!bodiless && !answer.isProblem()) {
          failures.add(c.name() + ": a " + answer.status() + " that is no problem JSON: " + answer);
        }
        String after = read.apply(c.listing());
        if (before != null && !before.equals(after)) {
          failures.add(
              c.name() + ": refused with " + answer.status() + " but changed " + c.listing());
        }
      }
    }
    StringBuilder counts = new StringBuilder();
    counts.append("Malformed-input corpus: ").append(cases.size()).append(" cases\n");
    cases.stream()
        .collect(
            java.util.stream.Collectors.groupingBy(
                Case::api, TreeMap::new, java.util.stream.Collectors.counting()))
        .forEach((api, n) -> counts.append("  ").append(api).append(": ").append(n).append('\n'));
    perApiAndStatus.forEach(
        (key, n) -> counts.append("  ").append(key).append(": ").append(n).append('\n'));
    System.out.println(counts);
    try {
      java.nio.file.Files.writeString(
          java.nio.file.Path.of("target", "malformed-counts.txt"), counts);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
    assertThat(failures).as("cases that failed").isEmpty();
    stack.assertHealthy();
  }
}
