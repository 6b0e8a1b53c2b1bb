package dev.mockapi.model.template;

import java.time.Instant;
import java.util.Random;
import net.datafaker.Faker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The state of one render: the request, the state action's outcome, its random source, the current
 * {@code @index} and what the response may still spend.
 */
final class RenderContext {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final RequestData request;
  private final JsonNode state;
  private final Faker faker;
  private final Random random;
  private final Instant now;
  private final RenderBudget budget;
  private int index;
  private JsonNode jsonBody;
  private boolean bodyParsed;

  RenderContext(
      RequestData request,
      JsonNode state,
      Faker faker,
      Random random,
      Instant now,
      RenderBudget budget) {
    this.request = request;
    this.state = state;
    this.faker = faker;
    this.random = random;
    this.now = now;
    this.budget = budget;
  }

  RequestData request() {
    return request;
  }

  /** The outcome of the endpoint's state action ({@code item}, {@code items}, {@code total}). */
  JsonNode state() {
    return state;
  }

  Faker faker() {
    return faker;
  }

  Random random() {
    return random;
  }

  Instant now() {
    return now;
  }

  int index() {
    return index;
  }

  void setIndex(int index) {
    this.index = index;
  }

  /** The body parsed as JSON once per render, or null when it is not JSON. */
  JsonNode jsonBody() {
    if (!bodyParsed) {
      bodyParsed = true;
      try {
        jsonBody = request.body().isBlank() ? null : JSON.readTree(request.body());
      } catch (RuntimeException notJson) {
        jsonBody = null;
      }
    }
    return jsonBody;
  }

  RenderBudget budget() {
    return budget;
  }
}
