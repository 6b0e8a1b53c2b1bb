package dev.mockapi.manager.project;

import dev.mockapi.manager.endpoint.Change;
import dev.mockapi.manager.web.FieldErrors;
import dev.mockapi.model.ProjectSettings;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project's side of an import: the project's own fields, and one announcement of the change at
 * the end, so the route table is checked and published once.
 */
@Service
public class ProjectTransfer {

  private static final int MAX_NAME_LENGTH = 100;
  private static final int MAX_DESCRIPTION_LENGTH = 1000;

  private final ApplicationEventPublisher events;

  ProjectTransfer(ApplicationEventPublisher events) {
    this.events = events;
  }

  /**
   * Checks the document's name, description and settings, and stores them when {@code write}. Field
   * errors are named under {@code project.}.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Change apply(
      Project project, String name, String description, ProjectSettings settings, boolean write) {
    FieldErrors errors = new FieldErrors();
    errors.check(
        name != null && !name.isBlank() && name.length() <= MAX_NAME_LENGTH,
        "project.name",
        "is required, at most " + MAX_NAME_LENGTH + " characters");
    errors.check(
        description == null || description.length() <= MAX_DESCRIPTION_LENGTH,
        "project.description",
        "must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
    errors.check(settings != null, "project.settings", "is required");
    errors.throwIfAny();
    ProjectSettingsValidator.validate(settings, "project.");
    String trimmed = name.trim();
    if (trimmed.equals(project.getName())
        && Objects.equals(description, project.getDescription())
        && settings.equals(project.getSettings())) {
      return Change.UNCHANGED;
    }
    if (write) {
      project.setName(trimmed);
      project.setDescription(description);
      project.setSettings(settings);
    }
    return Change.CHANGED;
  }

  /** The project's configuration changed: checked now, republished once after the commit. */
  public void announce(long projectId) {
    events.publishEvent(new ProjectConfigSaving(projectId));
    events.publishEvent(new ProjectConfigChanged(projectId));
  }
}
