import { Badge } from '@mantine/core';
import type { ConnectionState } from '@/features/inspector/hooks/use-log-stream';

const look: Record<ConnectionState, { color: string; label: string }> = {
  live: { color: 'green', label: 'Live' },
  connecting: { color: 'gray', label: 'Connecting…' },
  offline: { color: 'red', label: 'Offline — retrying' },
};

/** The live relay's connection as a status the screen reader announces when it changes. */
export function ConnectionStatus({ state }: { state: ConnectionState }) {
  const { color, label } = look[state];
  return (
    <Badge role="status" aria-live="polite" variant="dot" color={color} size="lg">
      {label}
    </Badge>
  );
}
