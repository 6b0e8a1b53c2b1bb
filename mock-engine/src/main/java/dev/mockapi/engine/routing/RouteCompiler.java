package dev.mockapi.engine.routing;

import dev.mockapi.model.PathPattern;
import dev.mockapi.model.ProjectSettings;
import dev.mockapi.model.ResponseSpec;
import dev.mockapi.model.RouteTable;
import dev.mockapi.model.template.Template;
import dev.mockapi.model.template.TemplateCompiler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a published {@link RouteTable} into a {@link CompiledProject}; disabled routes drop out.
 */
public final class RouteCompiler {

  private RouteCompiler() {}

  private static Template policyFailureBody(ProjectSettings settings) {
    ProjectSettings.ChaosMode mode = settings == null ? null : settings.chaosMode();
    String body = mode == null || mode.policy() == null ? null : mode.policy().failureBody();
    return body == null
        ? null
        : TemplateCompiler.compileStored(body, TemplateCompiler.looksLikeJson(null, body));
  }

  public static CompiledProject compile(RouteTable table) {
    List<CompiledRoute> routes = new ArrayList<>();
    for (RouteTable.Route route : table.routes()) {
      var definition = route.definition();
      if (!definition.enabled()) {
        continue;
      }
      ResponseSpec response =
          definition.response() == null ? ResponseSpec.empty() : definition.response();
      String contentType = response.header("Content-Type");
      boolean json = TemplateCompiler.looksLikeJson(contentType, response.body());
      List<CompiledRoute.HeaderTemplate> headers = new ArrayList<>();
      response
          .headers()
          .forEach(
              (name, value) ->
                  headers.add(
                      new CompiledRoute.HeaderTemplate(
                          name, TemplateCompiler.compileStored(value, false))));
      if (contentType == null && json) {
        headers.add(
            new CompiledRoute.HeaderTemplate(
                "Content-Type", TemplateCompiler.compile("application/json", false)));
      }
      Template body = TemplateCompiler.compileStored(response.body(), json);
      String failureBody = definition.chaos() == null ? null : definition.chaos().failureBody();
      byte[] constantBody =
          body.constantOutput() == null
              ? null
              : body.constantOutput().getBytes(StandardCharsets.UTF_8);
      routes.add(
          new CompiledRoute(
              route.endpointId(),
              definition.method(),
              PathPattern.parse(definition.path()),
              definition.priority(),
              response.status(),
              List.copyOf(headers),
              body,
              constantBody,
              json,
              definition.chaos(),
              definition.state(),
              failureBody == null
                  ? null
                  : TemplateCompiler.compileStored(
                      failureBody, TemplateCompiler.looksLikeJson(null, failureBody)),
              constantBody == null
                  || headers.stream().anyMatch(header -> header.value().constantOutput() == null)));
    }
    return new CompiledProject(
        table.projectId(),
        table.projectKey(),
        table.projectSlug(),
        table.version(),
        table.settings(),
        table.apiKeySha256(),
        routes,
        policyFailureBody(table.settings()));
  }
}
