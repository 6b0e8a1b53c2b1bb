package dev.mockapi.manager.analytics;

import dev.mockapi.model.AnalyticsFields;
import dev.mockapi.model.EndpointDefinition;
import java.time.Instant;
import java.util.List;

/**
 * A project's traffic over a window.
 *
 * @param from the start of the first slot
 * @param to the end of the last slot, the one still being counted
 * @param topEndpoints the endpoints with the most calls, at most 10
 * @param series one point per slot (minutes for 1h, hours otherwise), oldest first, none left out
 */
record AnalyticsResponse(
    String window,
    Instant from,
    Instant to,
    Totals totals,
    List<EndpointTraffic> topEndpoints,
    List<Point> series) {

  /**
   * Every call of the window.
   *
   * @param noResponse calls a fault cut off without an answer (status 0)
   * @param errors 5xx answers and calls without an answer
   * @param errorRate errors over requests, 0 without calls
   * @param unmatched calls no endpoint answered
   * @param chaos calls chaos delayed or failed
   * @param p50 latency percentiles in milliseconds, estimated from the latency buckets
   */
  record Totals(
      long requests,
      long status2xx,
      long status3xx,
      long status4xx,
      long status5xx,
      long noResponse,
      long errors,
      double errorRate,
      long unmatched,
      long chaos,
      double p50,
      double p95,
      double p99) {

    static Totals of(Counts all, Counts unmatched) {
      long requests = all.requests();
      return new Totals(
          requests,
          all.get(AnalyticsFields.STATUS_2XX),
          all.get(AnalyticsFields.STATUS_3XX),
          all.get(AnalyticsFields.STATUS_4XX),
          all.get(AnalyticsFields.STATUS_5XX),
          all.get(AnalyticsFields.NO_RESPONSE),
          all.errors(),
          requests == 0 ? 0 : Math.round(all.errors() * 10_000.0 / requests) / 10_000.0,
          unmatched.requests(),
          all.get(AnalyticsFields.CHAOS),
          all.percentileMs(0.50),
          all.percentileMs(0.95),
          all.percentileMs(0.99));
    }
  }

  /**
   * One endpoint's calls.
   *
   * @param method null when the endpoint has been deleted since
   * @param path null when the endpoint has been deleted since
   */
  record EndpointTraffic(
      long endpointId, String method, String path, long requests, long errors, double p95) {

    static EndpointTraffic of(long endpointId, EndpointDefinition endpoint, Counts counts) {
      return new EndpointTraffic(
          endpointId,
          endpoint == null ? null : endpoint.method(),
          endpoint == null ? null : endpoint.path(),
          counts.requests(),
          counts.errors(),
          counts.percentileMs(0.95));
    }
  }

  /** One slot's calls; {@code time} is when the slot starts. */
  record Point(Instant time, long requests, long errors, double p95) {

    static Point of(Instant time, Counts counts) {
      return new Point(time, counts.requests(), counts.errors(), counts.percentileMs(0.95));
    }
  }
}
