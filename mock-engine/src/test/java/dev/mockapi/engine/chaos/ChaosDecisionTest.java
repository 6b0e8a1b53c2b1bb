package dev.mockapi.engine.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mockapi.model.ChaosSpec;
import dev.mockapi.model.DelaySpec;
import dev.mockapi.model.Fault;
import dev.mockapi.model.RequestLogEvent;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Delay and failure draws. Seeded generators keep every statistical assertion reproducible. */
class ChaosDecisionTest {

  private static final int DRAWS = 2_000;

  private final RandomGenerator random = new Random(20_240_601L);

  private List<Long> delays(DelaySpec delay) {
    return LongStream.range(0, DRAWS).map(i -> ChaosDecision.delay(delay, random)).boxed().toList();
  }

  @Test
  void fixedDelayIsExact() {
    assertThat(delays(new DelaySpec.Fixed(250))).containsOnly(250L);
  }

  @Test
  void uniformDelayCoversItsWholeRangeAndNothingElse() {
    List<Long> delays = delays(new DelaySpec.Uniform(100, 200));

    assertThat(delays).allSatisfy(ms -> assertThat(ms).isBetween(100L, 200L));
    assertThat(delays).contains(100L, 200L);
    assertThat(delays.stream().mapToLong(Long::longValue).average().orElseThrow())
        .isCloseTo(150, within(5.0));
  }

  @Test
  void logNormalDelayCentresOnItsMedianAndIsNeverNegative() {
    long[] delays =
        delays(new DelaySpec.LogNormal(100, 0.5)).stream()
            .mapToLong(Long::longValue)
            .sorted()
            .toArray();

    assertThat(delays[0]).isNotNegative();
    assertThat(delays[DRAWS / 2]).isBetween(90L, 110L);
    // sigma 0.5 spreads the draws: a quarter lies below median * e^(-0.674 * 0.5) ~ 71 ms.
    assertThat(delays[DRAWS / 4]).isBetween(60L, 80L);
  }

  @Test
  void delaysAreCappedAtTheMaximum() {
    assertThat(delays(new DelaySpec.Fixed(120_000))).containsOnly(DelaySpec.MAX_MS);
    assertThat(delays(new DelaySpec.Uniform(50_000, 100_000)))
        .allSatisfy(ms -> assertThat(ms).isBetween(50_000L, DelaySpec.MAX_MS))
        .contains(DelaySpec.MAX_MS);
    assertThat(delays(new DelaySpec.LogNormal(59_000, 3)))
        .allSatisfy(ms -> assertThat(ms).isBetween(0L, DelaySpec.MAX_MS))
        .contains(DelaySpec.MAX_MS);
  }

  @Test
  void noDelayAndNoChaosMeanZero() {
    assertThat(ChaosDecision.delay(null, random)).isZero();
    assertThat(ChaosDecision.delay(new DelaySpec.Fixed(-5), random)).isZero();
    assertThat(ChaosDecision.draw(null, random)).isEqualTo(ChaosDecision.NONE);
    assertThat(ChaosDecision.NONE.toLog()).isEqualTo(RequestLogEvent.Chaos.NONE);
  }

  @Test
  void failureRateHoldsWithinFiveStandardDeviations() {
    double rate = 0.3;
    ChaosSpec spec = new ChaosSpec(null, rate, null, null, null);

    long failures = failures(spec);

    double mean = DRAWS * rate;
    double sd = Math.sqrt(DRAWS * rate * (1 - rate));
    assertThat((double) failures).isBetween(mean - 5 * sd, mean + 5 * sd);
  }

  @Test
  void rateZeroNeverFailsAndRateOneAlwaysFails() {
    assertThat(failures(new ChaosSpec(null, 0.0, null, null, null))).isZero();
    assertThat(failures(new ChaosSpec(null, 1.0, null, null, null))).isEqualTo(DRAWS);
  }

  @Test
  void aFailedDecisionLogsItsFaultAndDelay() {
    ChaosSpec spec = new ChaosSpec(new DelaySpec.Fixed(40), 1.0, 500, null, Fault.CONNECTION_RESET);

    ChaosDecision decision = ChaosDecision.draw(spec, random);

    assertThat(decision.failed()).isTrue();
    assertThat(decision.delayMs()).isEqualTo(40);
    assertThat(decision.toLog())
        .isEqualTo(new RequestLogEvent.Chaos(40, true, Fault.CONNECTION_RESET));
    assertThat(
            ChaosDecision.draw(
                    new ChaosSpec(new DelaySpec.Fixed(40), 0.0, null, null, null), random)
                .toLog())
        .isEqualTo(new RequestLogEvent.Chaos(40, false, null));
  }

  private long failures(ChaosSpec spec) {
    return LongStream.range(0, DRAWS)
        .filter(i -> ChaosDecision.draw(spec, random).failed())
        .count();
  }
}
