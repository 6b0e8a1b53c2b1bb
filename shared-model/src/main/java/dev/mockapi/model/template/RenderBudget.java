package dev.mockapi.model.template;

/**
 * What one response may still spend on rendering ({@link TemplateLimits}): characters, steps and
 * Faker calls. Its body and header templates render against the same budget, so many templates
 * cannot add up past it. Not thread-safe: one response renders on one thread at a time.
 */
public final class RenderBudget {

  private long chars = TemplateLimits.MAX_OUTPUT_CHARS;
  private long steps = TemplateLimits.MAX_STEPS;
  private long fakerCalls = TemplateLimits.MAX_FAKER_CALLS;

  /** Spends {@code count} characters, before they are written. */
  void chars(long count) {
    chars -= count;
    if (chars < 0) {
      throw new TemplateRenderException(
          "The response is larger than "
              + TemplateLimits.MAX_OUTPUT_CHARS
              + " characters; reduce repeat counts");
    }
  }

  void step() {
    if (--steps < 0) {
      throw new TemplateRenderException(
          "The response takes more than "
              + TemplateLimits.MAX_STEPS
              + " render steps; reduce repeat counts");
    }
  }

  void fakerCall() {
    if (--fakerCalls < 0) {
      throw new TemplateRenderException(
          "The response calls Faker more than "
              + TemplateLimits.MAX_FAKER_CALLS
              + " times; reduce repeat counts");
    }
  }
}
