package dev.mockapi.manager.transfer;

import dev.mockapi.manager.endpoint.EndpointTransfer;
import dev.mockapi.manager.org.Role;
import dev.mockapi.manager.project.EnginePublicUrl;
import dev.mockapi.manager.project.Project;
import dev.mockapi.manager.project.ProjectAccess;
import dev.mockapi.manager.state.StateStore;
import dev.mockapi.manager.transfer.openapi.OpenApiExport;
import dev.mockapi.model.EndpointDefinition;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project as a file: its settings, endpoints and the seeds of its collections. */
@Service
class ExportService {

  private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

  private final ProjectAccess access;
  private final EndpointTransfer endpoints;
  private final StateStore state;
  private final YamlDocuments yaml;
  private final OpenApiExport openApi;
  private final EnginePublicUrl engine;

  ExportService(
      ProjectAccess access,
      EndpointTransfer endpoints,
      StateStore state,
      YamlDocuments yaml,
      OpenApiExport openApi,
      EnginePublicUrl engine) {
    this.access = access;
    this.endpoints = endpoints;
    this.state = state;
    this.yaml = yaml;
    this.openApi = openApi;
    this.engine = engine;
  }

  @Transactional(readOnly = true)
  ExportFile export(long projectId, long userId, TransferFormat format) {
    Project project = access.require(projectId, userId, Role.VIEWER);
    ProjectDocument document = document(project);
    return switch (format) {
      case YAML -> new ExportFile(project.getSlug() + ".yaml", YAML, yaml.write(document));
      case OPENAPI ->
          new ExportFile(
              project.getSlug() + ".openapi.json",
              MediaType.APPLICATION_JSON,
              openApi
                  .export(document, engine.mockBaseUrl(project.getSlug()), project.getName())
                  .getBytes(StandardCharsets.UTF_8));
      case WIREMOCK, MOCKOON ->
          throw new IllegalArgumentException("not an export format: " + format);
    };
  }

  private ProjectDocument document(Project project) {
    return new ProjectDocument(
        ProjectDocument.CURRENT_VERSION,
        new ProjectDocument.ProjectPart(
            project.getName(), project.getDescription(), project.getSettings()),
        endpoints.definitions(project.getId()).stream().map(ExportService::part).toList(),
        state.seeds(project.getProjectKey()).entrySet().stream()
            .map(seed -> new ProjectDocument.CollectionPart(seed.getKey(), seed.getValue()))
            .toList());
  }

  private static ProjectDocument.EndpointPart part(EndpointDefinition definition) {
    return new ProjectDocument.EndpointPart(
        definition.method(),
        definition.path(),
        definition.description(),
        definition.enabled(),
        definition.priority(),
        definition.response(),
        definition.chaos(),
        definition.state());
  }

  /** The file of an export: its name, its media type and its bytes. */
  record ExportFile(String fileName, MediaType type, byte[] body) {}
}
