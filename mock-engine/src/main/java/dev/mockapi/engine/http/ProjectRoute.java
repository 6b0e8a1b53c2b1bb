package dev.mockapi.engine.http;

import dev.mockapi.engine.routing.CompiledProject;
import dev.mockapi.engine.routing.RouteMatch;
import dev.mockapi.engine.sync.ProjectRegistry;
import dev.mockapi.model.PathMatcher;
import dev.mockapi.model.ProblemType;
import java.time.Instant;
import org.springframework.stereotype.Component;
import reactor.netty.http.server.HttpServerRequest;

/**
 * Routes a call: its slug to a project, then its method and path to one of the project's routes.
 */
@Component
class ProjectRoute {

  static final String PREFIX = "/mock/";
  private static final int NEAREST = 3;

  private final ProjectRegistry registry;

  ProjectRoute(ProjectRegistry registry) {
    this.registry = registry;
  }

  /** The call to the project the request's slug names, null when no project has it. */
  MockCall call(HttpServerRequest request, long startNanos) {
    String uri = request.uri();
    String rawPath = rawPath(uri);
    int slash = rawPath.indexOf('/', PREFIX.length());
    CompiledProject project = registry.get(slug(rawPath, slash));
    if (project == null) {
      return null;
    }
    String path = slash < 0 ? "/" : rawPath.substring(slash);
    return new MockCall(
        project,
        request.method().name(),
        path,
        PathMatcher.segments(path),
        rawPath.length() == uri.length() ? "" : uri.substring(rawPath.length() + 1),
        request.requestHeaders(),
        Instant.now(),
        startNanos);
  }

  /** The answer to a request whose slug no project has. */
  static Problem unknownProject(HttpServerRequest request) {
    String rawPath = rawPath(request.uri());
    String slug = slug(rawPath, rawPath.indexOf('/', PREFIX.length()));
    return Problem.of(ProblemType.NOT_FOUND, "No project has the slug '" + slug + "'")
        .titled("Unknown project");
  }

  /**
   * Matches the call to a route of its project; the {@code no-matching-endpoint} problem, with the
   * nearest misses, when none answers.
   */
  Problem match(MockCall call) {
    RouteMatch match =
        call.project().match(call.method(), normalised(call.path()), call.segments());
    if (match == null) {
      return noMatch(call);
    }
    call.match(match);
    return null;
  }

  private static Problem noMatch(MockCall call) {
    CompiledProject project = call.project();
    return Problem.of(
            ProblemType.NO_MATCHING_ENDPOINT,
            "No endpoint of project '"
                + project.slug()
                + "' matches "
                + call.method()
                + " "
                + call.path())
        .with("method", call.method())
        .with("path", call.path())
        .with("nearest", project.nearMisses(call.method(), call.path(), NEAREST));
  }

  private static String rawPath(String uri) {
    int q = uri.indexOf('?');
    return q < 0 ? uri : uri.substring(0, q);
  }

  /** The slug of {@code rawPath}, whose first {@code /} after the prefix is at {@code slash}. */
  private static String slug(String rawPath, int slash) {
    return slash < 0
        ? rawPath.substring(PREFIX.length())
        : rawPath.substring(PREFIX.length(), slash);
  }

  private static String normalised(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
