package dev.mockapi.engine.routing;

import dev.mockapi.model.EditDistance;
import dev.mockapi.model.HttpMethods;
import dev.mockapi.model.PathMatcher;
import dev.mockapi.model.ProjectSettings;
import dev.mockapi.model.template.Template;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A project's routes in precedence order: more literal segments first, then more parameters, then
 * patterns without {@code **}, then an exact method before {@code ANY}, then higher priority. Paths
 * of literal segments only are also indexed for a single map lookup.
 */
public final class CompiledProject {

  private static final Comparator<CompiledRoute> PRECEDENCE =
      Comparator.comparingInt(CompiledRoute::literals)
          .reversed()
          .thenComparing(Comparator.comparingInt(CompiledRoute::params).reversed())
          .thenComparing(CompiledRoute::hasRest)
          .thenComparing(route -> route.method().equals(HttpMethods.ANY))
          .thenComparing(Comparator.comparingInt(CompiledRoute::priority).reversed())
          .thenComparingLong(CompiledRoute::endpointId);

  private static final int NEAR_MISS_MAX_DISTANCE = 8;

  private final long projectId;
  private final String projectKey;
  private final String slug;
  private final long version;
  private final ProjectSettings settings;
  private final String apiKeySha256;
  private final List<CompiledRoute> routes;
  private final Template policyFailureBody;
  private final Map<String, CompiledRoute> literalIndex = new HashMap<>();

  public CompiledProject(
      long projectId,
      String projectKey,
      String slug,
      long version,
      ProjectSettings settings,
      String apiKeySha256,
      List<CompiledRoute> routes,
      Template policyFailureBody) {
    this.projectId = projectId;
    this.projectKey = projectKey;
    this.slug = slug;
    this.version = version;
    this.settings = settings;
    this.apiKeySha256 = apiKeySha256;
    this.policyFailureBody = policyFailureBody;
    List<CompiledRoute> sorted = new ArrayList<>(routes);
    sorted.sort(PRECEDENCE);
    this.routes = List.copyOf(sorted);
    for (CompiledRoute route : this.routes) {
      if (route.isLiteralOnly()) {
        literalIndex.putIfAbsent(route.method() + " " + route.pattern().source(), route);
      }
    }
  }

  /**
   * The route answering {@code method} on {@code path} (the path below the project, starting with
   * {@code /}), or null. {@code HEAD} falls back to {@code GET}.
   */
  public RouteMatch match(String method, String path, List<String> segments) {
    boolean head = method.equals("HEAD");
    CompiledRoute literal = literalIndex.get(method + " " + path);
    if (literal == null && head) {
      literal = literalIndex.get("GET " + path);
    }
    if (literal == null) {
      literal = literalIndex.get(HttpMethods.ANY + " " + path);
    }
    if (literal != null) {
      return new RouteMatch(literal, Map.of());
    }
    for (CompiledRoute route : routes) {
      if (answers(route.method(), method)) {
        Map<String, String> params = PathMatcher.match(route.pattern(), segments);
        if (params != null) {
          return new RouteMatch(route, params);
        }
      }
    }
    return null;
  }

  private static boolean answers(String routeMethod, String method) {
    return routeMethod.equals(method)
        || routeMethod.equals(HttpMethods.ANY)
        || (method.equals("HEAD") && routeMethod.equals("GET"));
  }

  /**
   * Up to {@code limit} routes closest to a request nothing matched, closest first; equally close
   * ones in precedence order. Each route's distance is computed once, only as far as it could still
   * enter the list, and at most {@value #NEAR_MISS_MAX_DISTANCE}: routes further away all rank as
   * equally far. So one unmatched call costs at most routes × 256 × 17 steps, however long the
   * paths.
   */
  public List<String> nearMisses(String method, String path, int limit) {
    PriorityQueue<NearMiss> closest =
        new PriorityQueue<>(Math.max(1, limit), NearMiss.FURTHEST_FIRST);
    for (int order = 0; order < routes.size() && limit > 0; order++) {
      CompiledRoute route = routes.get(order);
      int penalty = route.method().equals(method) || route.method().equals(HttpMethods.ANY) ? 0 : 3;
      boolean full = closest.size() == limit;
      int bound = full ? closest.peek().distance() - 1 : NEAR_MISS_MAX_DISTANCE;
      if (penalty > bound) {
        continue;
      }
      int distance = penalty + EditDistance.within(route.pattern().source(), path, bound - penalty);
      if (!full) {
        closest.add(new NearMiss(distance, order));
      } else if (distance <= bound) {
        closest.poll();
        closest.add(new NearMiss(distance, order));
      }
    }
    return closest.stream()
        .sorted(NearMiss.FURTHEST_FIRST.reversed())
        .map(nearMiss -> routes.get(nearMiss.order()).describe())
        .toList();
  }

  private record NearMiss(int distance, int order) {
    static final Comparator<NearMiss> FURTHEST_FIRST =
        Comparator.comparingInt(NearMiss::distance).thenComparingInt(NearMiss::order).reversed();
  }

  public long projectId() {
    return projectId;
  }

  /** The key naming the project's data in Redis: history, log channel, state, analytics. */
  public String projectKey() {
    return projectKey;
  }

  public String slug() {
    return slug;
  }

  public long version() {
    return version;
  }

  public ProjectSettings settings() {
    return settings;
  }

  public String apiKeySha256() {
    return apiKeySha256;
  }

  /** The failure body of the project's chaos-mode policy, compiled, or null. */
  public Template policyFailureBody() {
    return policyFailureBody;
  }

  public List<CompiledRoute> routes() {
    return routes;
  }
}
