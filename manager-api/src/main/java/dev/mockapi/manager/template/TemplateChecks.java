package dev.mockapi.manager.template;

import dev.mockapi.manager.web.FieldErrors;
import dev.mockapi.model.template.Template;
import dev.mockapi.model.template.TemplateCompiler;
import dev.mockapi.model.template.TemplateException;

/** Compiles a template field and records any error with its line and column. */
public final class TemplateChecks {

  private TemplateChecks() {}

  public static void check(String field, String template, boolean json, FieldErrors errors) {
    compile(field, template, json, errors);
  }

  /** The compiled template, or null after recording the error for {@code field}. */
  public static Template compile(String field, String template, boolean json, FieldErrors errors) {
    try {
      return TemplateCompiler.compile(template, json);
    } catch (TemplateException e) {
      errors.add(field, e.getMessage(), e.line(), e.column());
      return null;
    }
  }
}
