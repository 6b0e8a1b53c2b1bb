package dev.mockapi.engine.chaos;

import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.DelaySpec;
import dev.mockapi.model.Fault;
import dev.mockapi.model.RequestLogEvent;
import java.util.random.RandomGenerator;

/**
 * What chaos does to one call.
 *
 * @param delayMs wait this long before answering
 * @param failed whether the call fails
 * @param spec the chaos it was drawn from (its fault, status and body apply when failed)
 */
public record ChaosDecision(long delayMs, boolean failed, ChaosSpec spec) {

  public static final ChaosDecision NONE = new ChaosDecision(0, false, null);

  /** Draws the delay and the failure of one call from {@code spec} (null for no chaos). */
  public static ChaosDecision draw(ChaosSpec spec, RandomGenerator random) {
    if (spec == null) {
      return NONE;
    }
    boolean failed = spec.failureRate() > 0 && random.nextDouble() < spec.failureRate();
    return new ChaosDecision(delay(spec.delay(), random), failed, spec);
  }

  /** A delay in milliseconds drawn from the distribution, never negative nor past the cap. */
  static long delay(DelaySpec delay, RandomGenerator random) {
    long ms =
        switch (delay) {
          case null -> 0;
          case DelaySpec.Fixed fixed -> fixed.ms();
          case DelaySpec.Uniform uniform ->
              uniform.minMs() + random.nextLong(uniform.maxMs() - uniform.minMs() + 1);
          case DelaySpec.LogNormal logNormal ->
              Math.round(
                  logNormal.medianMs() * Math.exp(logNormal.sigma() * random.nextGaussian()));
        };
    return Math.max(0, Math.min(DelaySpec.MAX_MS, ms));
  }

  /** Whether the call answers with its failure before any state is touched ({@code http_error}). */
  public boolean failsBeforeState() {
    return failed && spec.fault() == Fault.HTTP_ERROR;
  }

  /** What the call's fault does, through {@code injector}; only for a failed call. */
  public <A> A injectFault(FaultInjector<A> injector) {
    return Faults.inject(spec.fault(), injector);
  }

  public RequestLogEvent.Chaos toLog() {
    return spec == null && delayMs == 0
        ? RequestLogEvent.Chaos.NONE
        : new RequestLogEvent.Chaos(delayMs, failed, failed ? spec.fault() : null);
  }
}
