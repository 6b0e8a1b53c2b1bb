package dev.mockapi.manager.chaos;

import dev.mockapi.manager.template.TemplateChecks;
import dev.mockapi.manager.web.FieldErrors;
import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.DelaySpec;
import dev.mockapi.model.EndpointLimits;
import dev.mockapi.model.template.TemplateCompiler;
import java.nio.charset.StandardCharsets;

/** Checks every range of a {@link ChaosSpec} (DESIGN section 7). */
public final class ChaosValidator {

  /** Largest log-normal shape accepted; beyond it nearly every delay hits the cap. */
  public static final double MAX_SIGMA = 3.0;

  private ChaosValidator() {}

  /** Adds an error under {@code prefix} for every out-of-range value of {@code chaos}. */
  public static void validate(String prefix, ChaosSpec chaos, FieldErrors errors) {
    if (chaos == null) {
      return;
    }
    validateDelay(prefix + ".delay", chaos.delay(), errors);
    double rate = chaos.failureRate();
    errors.check(
        rate >= 0 && rate <= 1 && !Double.isNaN(rate),
        prefix + ".failureRate",
        "must be between 0 and 1");
    errors.check(
        chaos.failureStatus() >= 100 && chaos.failureStatus() <= 599,
        prefix + ".failureStatus",
        "must be an HTTP status from 100 to 599");
    String failureBody = chaos.failureBody();
    if (failureBody != null
        && errors.check(
            failureBody.getBytes(StandardCharsets.UTF_8).length <= EndpointLimits.MAX_BODY_BYTES,
            prefix + ".failureBody",
            "must be at most " + EndpointLimits.MAX_BODY_BYTES + " bytes")) {
      TemplateChecks.check(
          prefix + ".failureBody",
          failureBody,
          TemplateCompiler.looksLikeJson(null, failureBody),
          errors);
    }
  }

  private static void validateDelay(String prefix, DelaySpec delay, FieldErrors errors) {
    switch (delay) {
      case null -> {}
      case DelaySpec.Fixed fixed -> checkMillis(prefix + ".ms", fixed.ms(), errors);
      case DelaySpec.Uniform uniform -> {
        boolean minOk = checkMillis(prefix + ".minMs", uniform.minMs(), errors);
        boolean maxOk = checkMillis(prefix + ".maxMs", uniform.maxMs(), errors);
        if (minOk && maxOk) {
          errors.check(
              uniform.minMs() <= uniform.maxMs(), prefix + ".minMs", "must not exceed maxMs");
        }
      }
      case DelaySpec.LogNormal logNormal -> {
        checkMillis(prefix + ".medianMs", logNormal.medianMs(), errors);
        errors.check(
            logNormal.sigma() >= 0 && logNormal.sigma() <= MAX_SIGMA,
            prefix + ".sigma",
            "must be between 0 and " + MAX_SIGMA);
      }
    }
  }

  private static boolean checkMillis(String field, long ms, FieldErrors errors) {
    return errors.check(
        ms >= 0 && ms <= DelaySpec.MAX_MS,
        field,
        "must be between 0 and " + DelaySpec.MAX_MS + " ms");
  }
}
