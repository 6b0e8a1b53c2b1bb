package dev.mockapi.manager.transfer.wiremock;

import dev.mockapi.manager.chaos.ChaosValidator;
import dev.mockapi.manager.transfer.Reports;
import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.DelaySpec;
import dev.mockapi.model.Fault;
import tools.jackson.databind.JsonNode;

/**
 * The chaos of a mapping's response: {@code fixedDelayMilliseconds} and {@code delayDistribution}
 * (uniform, lognormal) as the latency, and a {@code fault} as a failure of every call with the
 * closest fault MockAPI injects.
 */
final class MappingChaos {

  private MappingChaos() {}

  /** The chaos of {@code response}, or null when it has none. */
  static ChaosSpec of(JsonNode response, Reports reports) {
    DelaySpec delay = delay(response, reports);
    Fault fault = fault(response, reports);
    if (delay == null && fault == null) {
      return null;
    }
    return new ChaosSpec(delay, fault == null ? 0.0 : 1.0, null, null, fault);
  }

  private static DelaySpec delay(JsonNode response, Reports reports) {
    long fixed =
        millis(response.path("fixedDelayMilliseconds"), "/fixedDelayMilliseconds", reports);
    if (response.has("chunkedDribbleDelay")) {
      reports.add(
          "/response/chunkedDribbleDelay",
          "a body dribbled in chunks has no equivalent: the body is sent at once");
    }
    JsonNode distribution = response.path("delayDistribution");
    if (distribution.isMissingNode()) {
      return fixed > 0 ? new DelaySpec.Fixed(fixed) : null;
    }
    String type = distribution.path("type").asString("");
    return switch (type) {
      case "uniform" -> {
        long lower = millis(distribution.path("lower"), "/delayDistribution/lower", reports);
        long upper = millis(distribution.path("upper"), "/delayDistribution/upper", reports);
        yield new DelaySpec.Uniform(
            capped(fixed + Math.min(lower, upper)), capped(fixed + Math.max(lower, upper)));
      }
      case "lognormal" -> logNormal(distribution, fixed, reports);
      default -> {
        reports.add(
            "/response/delayDistribution",
            "the delay distribution '"
                + type
                + "' has no equivalent: only the fixed delay is kept");
        yield fixed > 0 ? new DelaySpec.Fixed(fixed) : null;
      }
    };
  }

  private static DelaySpec logNormal(JsonNode distribution, long fixed, Reports reports) {
    long median = millis(distribution.path("median"), "/delayDistribution/median", reports);
    double sigma = distribution.path("sigma").asDouble(0.1);
    if (sigma < 0 || sigma > ChaosValidator.MAX_SIGMA) {
      reports.add(
          "/response/delayDistribution/sigma",
          "a shape outside 0.." + ChaosValidator.MAX_SIGMA + " is capped");
    }
    if (distribution.has("maxValue")) {
      reports.add(
          "/response/delayDistribution/maxValue",
          "a truncated log-normal is not translated: delays are capped at "
              + DelaySpec.MAX_MS
              + " ms only");
    }
    if (fixed > 0) {
      reports.add(
          "/response/fixedDelayMilliseconds",
          "added to the log-normal median: the delay is approximated");
    }
    return new DelaySpec.LogNormal(
        capped(fixed + median), Math.min(Math.max(sigma, 0), ChaosValidator.MAX_SIGMA));
  }

  private static long millis(JsonNode value, String pointer, Reports reports) {
    if (value.isMissingNode() || value.isNull()) {
      return 0;
    }
    long ms = value.asLong(0);
    if (ms < 0 || ms > DelaySpec.MAX_MS) {
      reports.add(
          "/response" + pointer,
          "a delay of " + ms + " ms is outside 0.." + DelaySpec.MAX_MS + " ms: capped");
    }
    return capped(ms);
  }

  private static long capped(long ms) {
    return Math.max(0, Math.min(ms, DelaySpec.MAX_MS));
  }

  private static Fault fault(JsonNode response, Reports reports) {
    String fault = response.path("fault").asString(null);
    if (fault == null) {
      return null;
    }
    return switch (fault) {
      case "EMPTY_RESPONSE" -> Fault.EMPTY_RESPONSE;
      case "CONNECTION_RESET_BY_PEER" -> Fault.CONNECTION_RESET;
      case "RANDOM_DATA_THEN_CLOSE", "MALFORMED_RESPONSE_CHUNK" -> {
        reports.add(
            "/response/fault",
            fault
                + " is approximated by malformed_body: the normal status with a body that is not"
                + " valid JSON, on a connection that stays open");
        yield Fault.MALFORMED_BODY;
      }
      default -> {
        reports.add("/response/fault", "the fault " + fault + " has no equivalent: left out");
        yield null;
      }
    };
  }
}
