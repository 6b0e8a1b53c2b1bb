import { SimpleGrid } from '@mantine/core';
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ComposedChart, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { AnalyticsWindow, SeriesPoint } from '@/features/analytics/api/types';
import { ChartCard } from '@/features/analytics/components/chart-card';
import { formatMs, formatPercent, formatSlot } from '@/features/analytics/utils/format';

const slotName: Record<AnalyticsWindow, string> = { '1h': 'minute', '24h': 'hour', '7d': 'hour' };

/** Requests, errors (with their rate) and p95 latency per slot of the window. */
export function TrafficCharts({ series, window }: { series: SeriesPoint[]; window: AnalyticsWindow }) {
  const data = useMemo(
    () =>
      series.map((p) => ({
        ...p,
        label: formatSlot(p.time, window),
        errorRate: p.requests ? p.errors / p.requests : 0,
      })),
    [series, window],
  );
  const per = slotName[window];
  const xAxis = <XAxis dataKey="label" minTickGap={24} fontSize={12} />;

  return (
    <SimpleGrid cols={{ base: 1, lg: 3 }}>
      <ChartCard title={`Requests per ${per}`}>
        <BarChart data={data}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {xAxis}
          <YAxis allowDecimals={false} fontSize={12} width={40} />
          <Tooltip />
          <Bar dataKey="requests" name="Requests" fill="var(--mantine-color-blue-6)" isAnimationActive={false} />
        </BarChart>
      </ChartCard>
      <ChartCard title={`Errors per ${per}`}>
        <ComposedChart data={data}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {xAxis}
          <YAxis yAxisId="count" allowDecimals={false} fontSize={12} width={40} />
          <YAxis
            yAxisId="rate"
            orientation="right"
            domain={[0, 1]}
            tickFormatter={formatPercent}
            fontSize={12}
            width={48}
          />
          <Tooltip formatter={(value, name) => (name === 'Error rate' ? formatPercent(Number(value)) : value)} />
          <Bar
            yAxisId="count"
            dataKey="errors"
            name="Errors"
            fill="var(--mantine-color-red-6)"
            isAnimationActive={false}
          />
          <Line
            yAxisId="rate"
            dataKey="errorRate"
            name="Error rate"
            stroke="var(--mantine-color-orange-6)"
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ChartCard>
      <ChartCard title={`p95 latency per ${per}`}>
        <LineChart data={data}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {xAxis}
          <YAxis fontSize={12} width={48} tickFormatter={(v: number) => `${v}`} unit=" ms" />
          <Tooltip formatter={(value) => formatMs(Number(value))} />
          <Line dataKey="p95" name="p95" stroke="var(--mantine-color-grape-6)" dot={false} isAnimationActive={false} />
        </LineChart>
      </ChartCard>
    </SimpleGrid>
  );
}
