import { Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryState } from '@/components/ui/query-state';
import { useAnalytics } from '@/features/analytics/api/get-analytics';
import { ANALYTICS_WINDOWS, type AnalyticsWindow } from '@/features/analytics/api/types';
import { TopEndpointsTable } from '@/features/analytics/components/top-endpoints-table';
import { TotalsCards } from '@/features/analytics/components/totals-cards';
import { TrafficCharts } from '@/features/analytics/components/traffic-charts';
import type { Role } from '@/lib/roles';

const windowLabels: Record<AnalyticsWindow, string> = { '1h': '1h', '24h': '24h', '7d': '7d' };

/** Traffic of a project over the last hour, day or week; refreshed every 30 s. */
export function AnalyticsTab({ projectId }: { projectId: number; role: Role }) {
  const [timeWindow, setTimeWindow] = useState<AnalyticsWindow>('1h');
  const analytics = useAnalytics(projectId, timeWindow);

  return (
    <Stack>
      <Group justify="space-between">
        <SegmentedControl
          aria-label="Window"
          value={timeWindow}
          onChange={(next) => setTimeWindow(next as AnalyticsWindow)}
          data={ANALYTICS_WINDOWS.map((w) => ({ value: w, label: windowLabels[w] }))}
        />
        {analytics.isFetching && !analytics.isPending && <Loader size="xs" aria-label="Refreshing analytics" />}
      </Group>
      <QueryState query={analytics} label="Loading analytics">
        {(data) =>
          data.totals.requests === 0 ? (
            <EmptyState
              title="No traffic in this window"
              hint="Calls to this project's mock URLs are counted here within a few seconds."
            />
          ) : (
            <Stack style={{ opacity: analytics.isPlaceholderData ? 0.6 : 1 }}>
              <TotalsCards totals={data.totals} />
              <TrafficCharts series={data.series} window={data.window} />
              <Title order={2} size="h4">
                Top endpoints
              </Title>
              <TopEndpointsTable endpoints={data.topEndpoints} />
              <Text size="xs" c="dimmed">
                Latencies are estimated from latency buckets. Counts lag the calls by up to 5 seconds.
              </Text>
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
