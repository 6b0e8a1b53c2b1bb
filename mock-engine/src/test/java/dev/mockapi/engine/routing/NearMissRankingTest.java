package dev.mockapi.engine.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.Project;
import dev.mockapi.model.EditDistance;
import dev.mockapi.model.HttpMethods;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bounded near-miss ranking against the plain one it replaced: every route's full distance,
 * capped at the bound plus one, sorted stably in precedence order. For routes within the bound the
 * two agree exactly, so small projects keep their suggestions.
 */
class NearMissRankingTest {

  private static final int OVER_THE_BOUND = 9;
  private static final List<String> METHODS = List.of("GET", "POST", HttpMethods.ANY);

  @Test
  void rankingEqualsTheFullSortCappedAtTheBound() {
    Random random = new Random(14);
    for (int round = 0; round < 2_000; round++) {
      Endpoint[] endpoints = new Endpoint[1 + random.nextInt(12)];
      for (int i = 0; i < endpoints.length; i++) {
        String method = METHODS.get(random.nextInt(METHODS.size()));
        endpoints[i] = Endpoint.of(i + 1, method, randomPath(random, true));
      }
      CompiledProject project = RouteCompiler.compile(new Project(1, "p").table(1, endpoints));
      String method = random.nextBoolean() ? "GET" : "POST";
      String path = randomPath(random, false);
      int limit = 1 + random.nextInt(4);

      assertThat(project.nearMisses(method, path, limit))
          .as("%s %s among %s", method, path, project.routes())
          .containsExactlyElementsOf(plainRanking(project, method, path, limit));
    }
  }

  private static List<String> plainRanking(
      CompiledProject project, String method, String path, int limit) {
    return project.routes().stream()
        .sorted(Comparator.comparingInt(route -> cappedDistance(route, method, path)))
        .limit(limit)
        .map(CompiledRoute::describe)
        .toList();
  }

  private static int cappedDistance(CompiledRoute route, String method, String path) {
    int penalty = route.method().equals(method) || route.method().equals(HttpMethods.ANY) ? 0 : 3;
    return Math.min(OVER_THE_BOUND, penalty + EditDistance.between(route.pattern().source(), path));
  }

  /** Short paths over a small alphabet, so that many routes are within the bound and many tie. */
  private static String randomPath(Random random, boolean pattern) {
    StringBuilder path = new StringBuilder();
    int segments = 1 + random.nextInt(3);
    for (int s = 0; s < segments; s++) {
      path.append('/');
      if (pattern && random.nextInt(4) == 0) {
        path.append("{p").append(s).append('}');
        continue;
      }
      int length = 1 + random.nextInt(5);
      for (int c = 0; c < length; c++) {
        path.append((char) ('a' + random.nextInt(3)));
      }
    }
    return path.toString();
  }
}
