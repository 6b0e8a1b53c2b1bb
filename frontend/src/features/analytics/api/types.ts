export type AnalyticsWindow = '1h' | '24h' | '7d';

export const ANALYTICS_WINDOWS: readonly AnalyticsWindow[] = ['1h', '24h', '7d'];

/** Every call of the window; latencies in ms, estimated from buckets; errors are 5xx plus no answer. */
export type AnalyticsTotals = {
  requests: number;
  status2xx: number;
  status3xx: number;
  status4xx: number;
  status5xx: number;
  noResponse: number;
  errors: number;
  errorRate: number;
  unmatched: number;
  chaos: number;
  p50: number;
  p95: number;
  p99: number;
};

/** `method` and `path` are null for an endpoint deleted since. */
export type EndpointTraffic = {
  endpointId: number;
  method: string | null;
  path: string | null;
  requests: number;
  errors: number;
  p95: number;
};

/** One slot (a minute for 1h, an hour otherwise); `time` is when it starts. */
export type SeriesPoint = { time: string; requests: number; errors: number; p95: number };

export type Analytics = {
  window: AnalyticsWindow;
  from: string;
  to: string;
  totals: AnalyticsTotals;
  topEndpoints: EndpointTraffic[];
  series: SeriesPoint[];
};
