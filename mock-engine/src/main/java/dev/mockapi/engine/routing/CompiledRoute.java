package dev.mockapi.engine.routing;

import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.PathPattern;
import dev.mockapi.model.StateBinding;
import dev.mockapi.model.template.Template;
import java.util.List;

/**
 * One endpoint ready to serve: its pattern, and templates compiled once.
 *
 * @param constantBody the encoded body when it has no placeholders, else null
 * @param failureBody the template of an {@code http_error} failure body, or null
 * @param readsRequest whether rendering needs the request: false when the body and every header are
 *     constant
 */
public record CompiledRoute(
    long endpointId,
    String method,
    PathPattern pattern,
    int priority,
    int status,
    List<HeaderTemplate> headers,
    Template body,
    byte[] constantBody,
    boolean jsonBody,
    ChaosSpec chaos,
    StateBinding state,
    Template failureBody,
    boolean readsRequest) {

  /** A response header whose value is a template. */
  public record HeaderTemplate(String name, Template value) {}

  /** Literal segments, the first precedence key. */
  int literals() {
    return (int) pattern.segments().stream().filter(s -> s instanceof PathPattern.Literal).count();
  }

  int params() {
    return (int) pattern.segments().stream().filter(s -> s instanceof PathPattern.Param).count();
  }

  boolean hasRest() {
    return pattern.segments().stream().anyMatch(s -> s instanceof PathPattern.Rest);
  }

  boolean isLiteralOnly() {
    return literals() == pattern.segments().size();
  }

  /** How the route is written in messages, e.g. {@code GET /users/{id}}. */
  public String describe() {
    return method + " " + pattern.source();
  }
}
