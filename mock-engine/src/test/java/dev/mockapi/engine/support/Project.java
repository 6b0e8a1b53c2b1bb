package dev.mockapi.engine.support;

import dev.mockapi.model.ProjectSettings;
import dev.mockapi.model.RouteTable;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A project of one test: a unique slug and key, so tests never share Redis keys nor log channels
 * with each other or with a real project of a manager on the same Redis; a large random id, as the
 * manager's database would give it.
 *
 * @param key the project key, which names its data in Redis
 */
public record Project(long id, String key, String slug) {

  /** The installation every test table belongs to. */
  public static final String INSTALLATION = "e0e0e0e0-0000-4000-8000-000000000001";

  /** A project with a key of its own: another installation's project may share id and slug. */
  public Project(long id, String slug) {
    this(id, UUID.randomUUID().toString(), slug);
  }

  public static Project unique() {
    return withId(ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_000_000_000_000L));
  }

  /** A project with a unique key and slug and a given id. */
  public static Project withId(long id) {
    return new Project(id, "t-" + UUID.randomUUID().toString().substring(0, 12));
  }

  /** A table with the default settings (open CORS, no API key, no chaos). */
  public RouteTable table(long version, Endpoint... endpoints) {
    return table(version, ProjectSettings.defaults(), null, endpoints);
  }

  public RouteTable table(
      long version, ProjectSettings settings, String apiKeySha256, Endpoint... endpoints) {
    return new RouteTable(
        id,
        key,
        slug,
        INSTALLATION,
        version,
        settings,
        apiKeySha256,
        Arrays.stream(endpoints).map(Endpoint::route).toList());
  }

  /** The URL path of {@code path} below this project's mocks. */
  public String path(String path) {
    return "/mock/" + slug + path;
  }
}
