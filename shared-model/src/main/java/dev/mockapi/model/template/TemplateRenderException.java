package dev.mockapi.model.template;

/** A compiled template that could not be rendered for one request (an output cap was hit). */
public final class TemplateRenderException extends RuntimeException {

  TemplateRenderException(String message) {
    super(message);
  }
}
