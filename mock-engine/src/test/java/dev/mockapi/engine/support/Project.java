package dev.mockapi.engine.support;

import dev.mockapi.model.ProjectSettings;
import dev.mockapi.model.RouteTable;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A project of one test: a unique slug and a large random id, so tests never share Redis keys, nor
 * log channels with a real project of a manager on the same Redis.
 */
public record Project(long id, String slug) {

  public static Project unique() {
    return new Project(
        ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_000_000_000_000L),
        "t-" + UUID.randomUUID().toString().substring(0, 12));
  }

  /** A table with the default settings (open CORS, no API key, no chaos). */
  public RouteTable table(long version, Endpoint... endpoints) {
    return table(version, ProjectSettings.defaults(), null, endpoints);
  }

  public RouteTable table(
      long version, ProjectSettings settings, String apiKeySha256, Endpoint... endpoints) {
    return new RouteTable(
        id,
        slug,
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
