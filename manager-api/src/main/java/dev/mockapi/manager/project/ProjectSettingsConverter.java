package dev.mockapi.manager.project;

import dev.mockapi.manager.common.JsonColumnConverter;
import dev.mockapi.model.ProjectSettings;
import jakarta.persistence.Converter;

@Converter
class ProjectSettingsConverter extends JsonColumnConverter<ProjectSettings> {

  ProjectSettingsConverter() {
    super(ProjectSettings.class);
  }
}
