package dev.mockapi.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalyticsFieldsTest {

  @ParameterizedTest(name = "{0} ms -> {1}")
  @CsvSource({
    "0, le5",
    "5, le5",
    "6, le10",
    "250, le250",
    "251, le500",
    "10000, le10000",
    "10001, leInf",
    "60000, leInf"
  })
  void aCallCountsInTheFirstBucketWhoseBoundItDoesNotExceed(long millis, String bucket) {
    assertThat(AnalyticsFields.name(AnalyticsFields.bucket(millis))).isEqualTo(bucket);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"200, 2xx", "304, 3xx", "404, 4xx", "599, 5xx", "0, noresponse"})
  void aStatusCountsInItsClassAndABrokenConnectionInItsOwn(int status, String counter) {
    assertThat(AnalyticsFields.name(AnalyticsFields.statusCounter(status))).isEqualTo(counter);
  }

  @Test
  void anInformationalStatusHasNoClassCounter() {
    assertThat(AnalyticsFields.statusCounter(101)).isEqualTo(-1);
  }

  @Test
  void everyCounterNameReadsBackAsItsNumberAndUnknownNamesAsMinusOne() {
    for (int counter = 0; counter < AnalyticsFields.COUNTERS; counter++) {
      assertThat(AnalyticsFields.counter(AnalyticsFields.name(counter))).isEqualTo(counter);
    }
    assertThat(AnalyticsFields.counter("le7")).isEqualTo(-1);
  }

  @Test
  void fieldsNameTheEndpointThenTheCounter() {
    assertThat(AnalyticsFields.field("42", AnalyticsFields.REQUESTS)).isEqualTo("42:requests");
    assertThat(AnalyticsFields.field(AnalyticsFields.UNMATCHED, AnalyticsFields.STATUS_4XX))
        .isEqualTo("unmatched:4xx");
  }

  @Test
  void theLastBucketReadsAsTheBoundBeforeIt() {
    assertThat(AnalyticsFields.upperBoundMs(0)).isEqualTo(5);
    assertThat(AnalyticsFields.upperBoundMs(AnalyticsFields.BUCKETS - 1)).isEqualTo(10_000);
  }
}
