package dev.mockapi.engine.chaos;

import dev.mockapi.engine.routing.CompiledRoute;
import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.ProjectSettings;
import java.util.concurrent.ThreadLocalRandom;

/** Which chaos applies to a call: the endpoint's own, else the project's chaos mode when on. */
public final class ChaosPolicy {

  private ChaosPolicy() {}

  /** The chaos of one call to {@code route}, drawn. */
  public static ChaosDecision decide(CompiledRoute route, ProjectSettings settings) {
    return ChaosDecision.draw(effective(route, settings), ThreadLocalRandom.current());
  }

  /** The chaos that applies to {@code route}, null for none. */
  static ChaosSpec effective(CompiledRoute route, ProjectSettings settings) {
    if (route.chaos() != null) {
      return route.chaos();
    }
    ProjectSettings.ChaosMode mode = settings.chaosMode();
    return mode != null && mode.enabled() ? mode.policy() : null;
  }
}
