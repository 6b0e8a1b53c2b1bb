package dev.mockapi.model.template;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import net.datafaker.Faker;
import tools.jackson.databind.JsonNode;

/** A compiled template: render it as often as needed, from any thread. */
public final class Template {

  // Building a Faker loads its locale data; each thread keeps one per locale and reseeds it.
  private static final ThreadLocal<Map<String, SeededFaker>> FAKERS =
      ThreadLocal.withInitial(HashMap::new);

  private final List<Node> nodes;
  private final String source;
  private final String constant;

  Template(List<Node> nodes, boolean dynamic, String source) {
    this.nodes = nodes;
    this.source = source;
    this.constant = dynamic ? null : constantText(nodes);
  }

  /** The output of a template without placeholders (the same for every request), else null. */
  public String constantOutput() {
    return constant;
  }

  public String source() {
    return source;
  }

  private static String constantText(List<Node> nodes) {
    StringBuilder text = new StringBuilder();
    for (Node node : nodes) {
      text.append(((Node.Text) node).text());
    }
    return text.toString();
  }

  /**
   * Renders for one request.
   *
   * @param locale the Faker locale, a language tag such as {@code en} or {@code de-DE}
   * @param seed makes every random value reproducible when given (X-Mock-Seed), else null
   * @throws TemplateRenderException when the render passes a bound of {@link TemplateLimits}
   */
  public String render(RequestData request, String locale, Long seed) {
    return render(request, null, locale, seed, new RenderBudget());
  }

  /**
   * Renders one of the templates of a response (body, header value, failure body).
   *
   * @param state the outcome of the state action, an object with {@code item}, {@code items} and
   *     {@code total} where they apply; null for none
   * @param budget what the response may still spend, shared by all its templates
   * @throws TemplateRenderException when the render passes the budget
   */
  public String render(
      RequestData request, JsonNode state, String locale, Long seed, RenderBudget budget) {
    if (constant != null) {
      budget.chars(constant.length());
      return constant;
    }
    SeededFaker faker =
        FAKERS.get().computeIfAbsent(locale == null ? "en" : locale, SeededFaker::new);
    faker.random.setSeed(seed != null ? seed : ThreadLocalRandom.current().nextLong());
    RenderContext context =
        new RenderContext(request, state, faker.faker, faker.random, Instant.now(), budget);
    StringBuilder out = new StringBuilder(Math.min(source.length() * 2 + 64, 16 * 1024));
    Node.renderAll(nodes, context, out);
    return out.toString();
  }

  private static final class SeededFaker {
    final Random random = new Random();
    final Faker faker;

    SeededFaker(String locale) {
      faker = new Faker(Locale.forLanguageTag(locale), random);
    }
  }
}
