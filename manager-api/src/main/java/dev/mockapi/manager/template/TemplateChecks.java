package dev.mockapi.manager.template;

import dev.mockapi.manager.web.FieldErrors;
import dev.mockapi.model.template.TemplateCompiler;
import dev.mockapi.model.template.TemplateException;

/** Compiles a template field and records any error with its line and column. */
public final class TemplateChecks {

  private TemplateChecks() {}

  public static void check(String field, String template, boolean json, FieldErrors errors) {
    try {
      TemplateCompiler.compile(template, json);
    } catch (TemplateException e) {
      errors.add(field, e.getMessage(), e.line(), e.column());
    }
  }
}
