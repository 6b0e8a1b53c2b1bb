import { Badge, Tooltip } from '@mantine/core';
import type { StateBinding } from '@/features/endpoints/api/types';
import type { ChaosPolicy, Delay } from '@/lib/chaos';

function delayText(delay: Delay | null): string {
  if (!delay) return 'no delay';
  if (delay.type === 'fixed') return `${delay.ms} ms`;
  if (delay.type === 'uniform') return `${delay.minMs}..${delay.maxMs} ms`;
  return `log-normal ${delay.medianMs} ms, σ ${delay.sigma}`;
}

/** What an endpoint's chaos does, in a few words. */
export function chaosSummary(chaos: ChaosPolicy): string {
  const failures =
    chaos.failureRate > 0
      ? `${Math.round(chaos.failureRate * 1000) / 10}% ${chaos.fault === 'http_error' ? chaos.failureStatus : chaos.fault}`
      : 'no failures';
  return `${delayText(chaos.delay)}, ${failures}`;
}

export function ChaosBadge({ chaos }: { chaos: ChaosPolicy | null }) {
  if (!chaos) return null;
  const summary = chaosSummary(chaos);
  return (
    <Tooltip label={summary}>
      <Badge color="orange" variant="light" aria-label={`Chaos: ${summary}`}>
        Chaos
      </Badge>
    </Tooltip>
  );
}

export function StateBadge({ state }: { state: StateBinding | null }) {
  if (!state) return null;
  return (
    <Badge color="violet" variant="light" tt="none" aria-label={`State: ${state.action} on ${state.collection}`}>
      {state.collection} · {state.action}
    </Badge>
  );
}
