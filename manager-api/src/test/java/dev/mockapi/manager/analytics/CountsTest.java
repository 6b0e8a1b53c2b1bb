package dev.mockapi.manager.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapi.model.AnalyticsFields;
import org.junit.jupiter.api.Test;

/** Percentiles estimated from latency buckets, as histogram_quantile estimates them. */
class CountsTest {

  private static Counts calls(long... millisAndCount) {
    Counts counts = new Counts();
    for (int i = 0; i < millisAndCount.length; i += 2) {
      counts.add(AnalyticsFields.bucket(millisAndCount[i]), millisAndCount[i + 1]);
    }
    return counts;
  }

  @Test
  void withoutCallsEveryPercentileIsZero() {
    assertThat(new Counts().percentileMs(0.5)).isZero();
  }

  @Test
  void aPercentileIsInterpolatedWithinTheBucketItsRankFallsIn() {
    Counts counts = calls(3, 2, 8, 4, 40, 4, 80, 10);

    assertThat(counts.percentileMs(0.50)).isEqualTo(50.0);
    assertThat(counts.percentileMs(0.95)).isEqualTo(95.0);
    assertThat(counts.percentileMs(0.99)).isEqualTo(99.0);
    assertThat(counts.percentileMs(0.05)).isEqualTo(2.5);
  }

  @Test
  void theFirstBucketStartsAtZero() {
    assertThat(calls(1, 10).percentileMs(0.5)).isEqualTo(2.5);
  }

  @Test
  void callsOverTheLastBoundReadAsThatBound() {
    assertThat(calls(30_000, 3).percentileMs(0.99)).isEqualTo(10_000.0);
    assertThat(calls(30_000, 1, 1, 99).percentileMs(0.5)).isEqualTo(2.5);
  }

  @Test
  void errorsAreServerErrorsAndCallsWithoutAnAnswer() {
    Counts counts = new Counts();
    counts.add(AnalyticsFields.STATUS_4XX, 5);
    counts.add(AnalyticsFields.STATUS_5XX, 2);
    counts.add(AnalyticsFields.NO_RESPONSE, 1);

    assertThat(counts.errors()).isEqualTo(3);
  }
}
