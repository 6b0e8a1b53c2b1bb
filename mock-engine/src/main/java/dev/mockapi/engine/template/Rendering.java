package dev.mockapi.engine.template;

import dev.mockapi.model.template.RenderBudget;
import dev.mockapi.model.template.RequestData;
import dev.mockapi.model.template.Template;
import tools.jackson.databind.JsonNode;

/**
 * What every template of one call renders with: the request, the locale, the seed and one budget
 * for them all, so a call's header values and body together stay within the render limits.
 */
public record Rendering(RequestData request, String locale, Long seed, RenderBudget budget) {

  public Rendering(RequestData request, String locale, Long seed) {
    this(request, locale, seed, new RenderBudget());
  }

  String render(Template template, JsonNode state) {
    return template.render(request, state, locale, seed, budget);
  }
}
