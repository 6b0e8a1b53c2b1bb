package dev.mockapi.manager.transfer;

import dev.mockapi.manager.endpoint.Change;
import dev.mockapi.manager.endpoint.EndpointRequest;
import dev.mockapi.manager.endpoint.EndpointTransfer;
import dev.mockapi.manager.endpoint.ImportPlan;
import dev.mockapi.manager.org.Role;
import dev.mockapi.manager.project.Project;
import dev.mockapi.manager.project.ProjectAccess;
import dev.mockapi.manager.project.ProjectConfigVersion;
import dev.mockapi.manager.project.ProjectTransfer;
import dev.mockapi.manager.state.StateStore;
import dev.mockapi.manager.web.FieldError;
import dev.mockapi.manager.web.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a document into a project in one transaction: translate, plan every endpoint and
 * collection, then (unless a dry run) write the plan, check the route table once and seed the
 * collections last, so Redis refusing rolls the whole import back. The route table is published
 * once, after the commit.
 *
 * <p>A MockAPI YAML document is the user's own: anything invalid in it is a 400 naming the field. A
 * translated document is the translator's: an endpoint it made that is not valid is left out and
 * reported with the reason, as is everything the translator itself could not translate.
 */
@Service
class ImportService {

  private final ProjectAccess access;
  private final ProjectTransfer projects;
  private final ProjectConfigVersion configVersion;
  private final EndpointTransfer endpoints;
  private final StateStore state;
  private final Translators translators;
  private final CollectionImport collections;

  ImportService(
      ProjectAccess access,
      ProjectTransfer projects,
      ProjectConfigVersion configVersion,
      EndpointTransfer endpoints,
      StateStore state,
      Translators translators,
      JsonMapper json) {
    this.access = access;
    this.projects = projects;
    this.configVersion = configVersion;
    this.endpoints = endpoints;
    this.state = state;
    this.translators = translators;
    this.collections = new CollectionImport(json);
  }

  @Transactional
  ImportReport importInto(
      long projectId,
      long userId,
      TransferFormat format,
      ImportMode mode,
      boolean dryRun,
      byte[] input) {
    Project project = access.require(projectId, userId, Role.EDITOR);
    Translation translation = translators.translate(format, input);
    ProjectDocument document = translation.document();
    if (!dryRun) {
      // Holds the project row's lock until the commit: edits and other imports of the project
      // wait, so the plan computed next still holds when it is applied.
      configVersion.advance(projectId);
    }
    ProjectDocument.ProjectPart part = document.project();
    Change projectChange =
        part == null
            ? Change.UNCHANGED
            : projects.apply(project, part.name(), part.description(), part.settings(), !dryRun);
    ImportPlan plan =
        endpoints.plan(projectId, drafts(document.endpoints()), mode == ImportMode.REPLACE);
    List<Translation.Untranslated> untranslated = new ArrayList<>(translation.untranslated());
    untranslated.addAll(rejected(format, plan));
    Map<String, List<String>> seeds = collections.seeds(document.collections(), state.limits());
    Map<String, Change> collectionChanges =
        CollectionImport.changes(seeds, state, project.getProjectKey());
    if (!dryRun) {
      endpoints.apply(projectId, plan);
      projects.announce(projectId);
      Map<String, List<String>> changed = new LinkedHashMap<>(seeds);
      changed.keySet().removeIf(name -> collectionChanges.get(name) == Change.UNCHANGED);
      if (!changed.isEmpty()) {
        state.seed(project.getProjectKey(), changed);
      }
    }
    return new ImportReport(
        format.id(),
        mode.id(),
        dryRun,
        id(projectChange),
        plan.entries().stream()
            .map(e -> new ImportReport.EndpointLine(e.method(), e.path(), id(e.change())))
            .toList(),
        collectionChanges.entrySet().stream()
            .map(c -> new ImportReport.CollectionLine(c.getKey(), id(c.getValue())))
            .toList(),
        plan.count(Change.CREATED),
        plan.count(Change.CHANGED),
        plan.count(Change.REMOVED),
        plan.count(Change.UNCHANGED),
        untranslated);
  }

  private static List<EndpointRequest> drafts(List<ProjectDocument.EndpointPart> parts) {
    return parts.stream()
        .map(
            e ->
                new EndpointRequest(
                    e.method(),
                    e.path(),
                    e.description(),
                    e.enabled(),
                    e.priority(),
                    e.response(),
                    e.chaos(),
                    e.state(),
                    null))
        .toList();
  }

  private static List<Translation.Untranslated> rejected(TransferFormat format, ImportPlan plan) {
    if (plan.rejected().isEmpty()) {
      return List.of();
    }
    if (format == TransferFormat.YAML) {
      List<FieldError> errors = new ArrayList<>();
      for (ImportPlan.Rejected rejected : plan.rejected()) {
        for (FieldError error : rejected.errors()) {
          errors.add(
              new FieldError(
                  "endpoints[" + rejected.index() + "]." + error.field(),
                  error.message(),
                  error.line(),
                  error.column()));
        }
      }
      throw new ValidationException(errors);
    }
    return plan.rejected().stream()
        .map(
            r ->
                new Translation.Untranslated(
                    r.method() + " " + r.path(),
                    "not imported: "
                        + r.errors().stream()
                            .map(e -> e.field() + " " + e.message())
                            .collect(Collectors.joining("; "))))
        .toList();
  }

  private static String id(Change change) {
    return change.name().toLowerCase(Locale.ROOT);
  }
}
