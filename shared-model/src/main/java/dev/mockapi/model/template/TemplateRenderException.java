package dev.mockapi.model.template;

/**
 * A compiled template that could not be rendered for one request: the response passed its {@link
 * RenderBudget}, or Faker had no value in the locale. The message is meant for users.
 */
public final class TemplateRenderException extends RuntimeException {

  TemplateRenderException(String message) {
    super(message, null, false, false);
  }
}
