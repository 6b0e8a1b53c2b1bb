import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { AnalyticsTotals } from '@/features/analytics/api/types';
import { formatCount, formatMs, formatPercent } from '@/features/analytics/utils/format';

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder p="sm" radius="md" role="group" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/** The window's totals; latencies are estimates from the engine's buckets. */
export function TotalsCards({ totals }: { totals: AnalyticsTotals }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }}>
      <Stat label="Requests" value={formatCount(totals.requests)} />
      <Stat label="Error rate" value={formatPercent(totals.errorRate)} hint={`${formatCount(totals.errors)} errors`} />
      <Stat label="p50" value={formatMs(totals.p50)} />
      <Stat label="p95" value={formatMs(totals.p95)} />
      <Stat label="p99" value={formatMs(totals.p99)} />
      <Stat label="Unmatched" value={formatCount(totals.unmatched)} />
      <Stat label="Chaos" value={formatCount(totals.chaos)} />
    </SimpleGrid>
  );
}
