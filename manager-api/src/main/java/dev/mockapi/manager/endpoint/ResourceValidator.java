package dev.mockapi.manager.endpoint;

import dev.mockapi.manager.state.CollectionNames;
import dev.mockapi.manager.template.TemplateChecks;
import dev.mockapi.manager.web.FieldErrors;
import dev.mockapi.model.EndpointLimits;
import dev.mockapi.model.state.StateLimits;
import dev.mockapi.model.template.Template;
import java.nio.charset.StandardCharsets;

/** Checks a {@link ResourceRequest}, listing every invalid field, and compiles its template. */
final class ResourceValidator {

  private static final int MAX_SEED_COUNT = 1_000;

  /** The item template of a request without one. */
  private static final String DEFAULT_ITEM_TEMPLATE =
      """
      {"name": "{{Faker.name()}}", "email": "{{Faker.email()}}", \
      "createdAt": "{{Faker.date_time_between('-1y', 'now')}}"}""";

  private ResourceValidator() {}

  static Validated validate(ResourceRequest request, StateLimits limits) {
    FieldErrors errors = new FieldErrors();
    errors.check(
        CollectionNames.isValid(request.name()),
        "name",
        request.name() == null ? "is required" : CollectionNames.RULE);
    int maxSeedCount = Math.min(MAX_SEED_COUNT, limits.maxItemsPerCollection());
    int seedCount = request.seedCount() == null ? 0 : request.seedCount();
    errors.check(
        seedCount >= 0 && seedCount <= maxSeedCount,
        "seedCount",
        "must be between 0 and " + maxSeedCount);
    String source = request.itemTemplate() == null ? DEFAULT_ITEM_TEMPLATE : request.itemTemplate();
    Template template = null;
    if (errors.check(
        source.getBytes(StandardCharsets.UTF_8).length <= EndpointLimits.MAX_BODY_BYTES,
        "itemTemplate",
        "must be at most " + EndpointLimits.MAX_BODY_BYTES + " bytes (256 KiB)")) {
      template = TemplateChecks.compile("itemTemplate", source, true, errors);
    }
    errors.throwIfAny();
    return new Validated(request.name(), seedCount, template);
  }

  record Validated(String name, int seedCount, Template itemTemplate) {}
}
