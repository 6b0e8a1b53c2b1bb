package dev.mockapi.engine.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.engine.support.Endpoint;
import dev.mockapi.engine.support.Project;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Routing precedence of a compiled project. The winner of each case is listed last and has the
 * highest id, so neither table order nor the id tie-break can make a test pass by accident.
 */
class CompiledProjectTest {

  private static CompiledProject compile(Endpoint... endpoints) {
    return RouteCompiler.compile(new Project(1, "p").table(1, endpoints));
  }

  /** Matches as the server calls it: the raw path and its non-empty segments. */
  private static RouteMatch match(CompiledProject project, String method, String path) {
    List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    return project.match(method, path, segments);
  }

  private static long winner(CompiledProject project, String method, String path) {
    RouteMatch match = match(project, method, path);
    assertThat(match).as("%s %s matches", method, path).isNotNull();
    return match.route().endpointId();
  }

  @Test
  void literalBeatsParamBeatsAnySegmentBeatsRest() {
    CompiledProject project =
        compile(
            Endpoint.of(1, "GET", "/users/**"),
            Endpoint.of(2, "GET", "/users/*"),
            Endpoint.of(3, "GET", "/users/{id}"),
            Endpoint.of(4, "GET", "/users/me"));

    assertThat(winner(project, "GET", "/users/me")).isEqualTo(4);
    assertThat(winner(project, "GET", "/users/7")).isEqualTo(3);
    assertThat(winner(project, "GET", "/users/7/orders")).isEqualTo(1);
  }

  @Test
  void anySegmentBeatsRest() {
    CompiledProject project =
        compile(Endpoint.of(1, "GET", "/files/**"), Endpoint.of(2, "GET", "/files/*"));

    assertThat(winner(project, "GET", "/files/a")).isEqualTo(2);
    assertThat(winner(project, "GET", "/files/a/b")).isEqualTo(1);
  }

  @Test
  void moreLiteralSegmentsWinWhereverTheyAre() {
    CompiledProject project =
        compile(Endpoint.of(1, "GET", "/a/{x}/{y}"), Endpoint.of(2, "GET", "/{z}/b/c"));

    assertThat(winner(project, "GET", "/a/b/c")).isEqualTo(2);
    assertThat(winner(project, "GET", "/a/b/d")).isEqualTo(1);
  }

  @Test
  void exactMethodBeatsAnyOnTheSamePatternWhateverThePriority() {
    CompiledProject project =
        compile(
            Endpoint.of(1, "ANY", "/items/{id}").priority(100),
            Endpoint.of(2, "ANY", "/ping").priority(100),
            Endpoint.of(3, "GET", "/items/{id}"),
            Endpoint.of(4, "GET", "/ping"));

    assertThat(winner(project, "GET", "/items/1")).isEqualTo(3);
    assertThat(winner(project, "GET", "/ping")).isEqualTo(4);
    assertThat(winner(project, "POST", "/items/1")).isEqualTo(1);
    assertThat(winner(project, "DELETE", "/ping")).isEqualTo(2);
  }

  @Test
  void priorityBreaksTiesBetweenEquallySpecificPatterns() {
    CompiledProject higherFirst =
        compile(Endpoint.of(1, "GET", "/x/{a}").priority(5), Endpoint.of(2, "GET", "/{b}/y"));
    CompiledProject higherSecond =
        compile(Endpoint.of(1, "GET", "/x/{a}"), Endpoint.of(2, "GET", "/{b}/y").priority(5));

    assertThat(winner(higherFirst, "GET", "/x/y")).isEqualTo(1);
    assertThat(winner(higherSecond, "GET", "/x/y")).isEqualTo(2);
  }

  @Test
  void disabledEndpointsAreSkipped() {
    CompiledProject project =
        compile(
            Endpoint.of(1, "GET", "/users/{id}"),
            Endpoint.of(2, "GET", "/users/me").disabled(),
            Endpoint.of(3, "GET", "/gone").disabled());

    assertThat(winner(project, "GET", "/users/me")).isEqualTo(1);
    assertThat(match(project, "GET", "/gone")).isNull();
    assertThat(project.routes()).extracting(CompiledRoute::endpointId).containsExactly(1L);
  }

  @Test
  void headFallsBackToGetUnlessAHeadEndpointExists() {
    CompiledProject getOnly = compile(Endpoint.of(1, "GET", "/h"));
    CompiledProject withHead = compile(Endpoint.of(1, "GET", "/h"), Endpoint.of(2, "HEAD", "/h"));

    assertThat(winner(getOnly, "HEAD", "/h")).isEqualTo(1);
    assertThat(winner(withHead, "HEAD", "/h")).isEqualTo(2);
    assertThat(match(getOnly, "POST", "/h")).isNull();
  }

  @Test
  void restMatchesTheRestOfThePathIncludingNothing() {
    CompiledProject project = compile(Endpoint.of(1, "GET", "/files/**"));

    assertThat(winner(project, "GET", "/files")).isEqualTo(1);
    assertThat(winner(project, "GET", "/files/a")).isEqualTo(1);
    assertThat(winner(project, "GET", "/files/a/b/c.txt")).isEqualTo(1);
    assertThat(match(project, "GET", "/filesx")).isNull();
    assertThat(match(project, "GET", "/other/files")).isNull();
  }

  @Test
  void paramsAreUrlDecodedButPlusStaysPlus() {
    CompiledProject project = compile(Endpoint.of(1, "GET", "/users/{id}/tags/{tag}"));

    RouteMatch match = match(project, "GET", "/users/a%20b%2Fc/tags/x+y");

    assertThat(match.pathParams()).containsEntry("id", "a b/c").containsEntry("tag", "x+y");
  }

  @Test
  void trailingSlashIsToleratedOnRequestsAndPatterns() {
    CompiledProject project =
        compile(Endpoint.of(1, "GET", "/users"), Endpoint.of(2, "GET", "/orders/"));

    assertThat(winner(project, "GET", "/users/")).isEqualTo(1);
    assertThat(winner(project, "GET", "/orders")).isEqualTo(2);
    assertThat(winner(project, "GET", "/orders/")).isEqualTo(2);
  }

  @Test
  void rootPatternMatchesOnlyTheRoot() {
    CompiledProject project = compile(Endpoint.of(1, "GET", "/"));

    assertThat(winner(project, "GET", "/")).isEqualTo(1);
    assertThat(match(project, "GET", "/x")).isNull();
  }

  @Test
  void nearMissesListTheClosestRouteFirst() {
    CompiledProject project =
        compile(
            Endpoint.of(1, "GET", "/orders/{id}"),
            Endpoint.of(2, "POST", "/users"),
            Endpoint.of(3, "GET", "/products"),
            Endpoint.of(4, "GET", "/users"));

    assertThat(project.nearMisses("GET", "/user", 3))
        .containsExactly("GET /users", "POST /users", "GET /products");
    assertThat(project.nearMisses("GET", "/user", 1)).containsExactly("GET /users");
  }

  @Test
  void nearMissesFindTheOneCloseRouteAmongThousandsOfLongOnes() {
    Endpoint[] endpoints = new Endpoint[2_000];
    for (int i = 0; i < endpoints.length; i++) {
      endpoints[i] = Endpoint.of(i + 1, "GET", "/" + "segment".repeat(30) + "/" + i);
    }
    CompiledProject project = compile(endpoints);
    String closeToRoute1500 = "/" + "segment".repeat(30) + "/1499x";

    assertThat(project.nearMisses("GET", closeToRoute1500, 3))
        .first()
        .isEqualTo("GET /" + "segment".repeat(30) + "/1499");
  }

  @Test
  void routesBeyondTheBoundRankEquallyInPrecedenceOrder() {
    CompiledProject project =
        compile(
            Endpoint.of(1, "GET", "/aaaaaaaaaaaaaaaaaaaa"),
            Endpoint.of(2, "GET", "/bbbbbbbbbbbbbbbbbbbb/{id}"),
            Endpoint.of(3, "GET", "/cccccccccccccccccccc"));

    assertThat(project.nearMisses("GET", "/zzzzzzzzzzzzzzzzzzzz", 3))
        .containsExactly(
            "GET /bbbbbbbbbbbbbbbbbbbb/{id}",
            "GET /aaaaaaaaaaaaaaaaaaaa",
            "GET /cccccccccccccccccccc");
  }
}
