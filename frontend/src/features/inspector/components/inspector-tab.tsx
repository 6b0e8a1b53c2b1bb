import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { useClearLogs } from '@/features/inspector/api/clear-logs';
import type { RequestLogEvent } from '@/features/inspector/api/types';
import { ConnectionStatus } from '@/features/inspector/components/connection-status';
import { LogDetailDrawer } from '@/features/inspector/components/log-detail-drawer';
import { LogFilters } from '@/features/inspector/components/log-filters';
import { LogTable } from '@/features/inspector/components/log-table';
import { useLiveLogs } from '@/features/inspector/hooks/use-live-logs';
import { matchesFilters, NO_FILTERS, type LogFilters as Filters } from '@/features/inspector/utils/log-events';
import { toApiError } from '@/lib/api-error';
import { atLeast, type Role } from '@/lib/roles';

/** The project's mock calls as they happen: history on open, then the live stream. */
export function InspectorTab({ projectId, role }: { projectId: number; role: Role }) {
  const live = useLiveLogs(projectId);
  const clear = useClearLogs(projectId, { onSuccess: live.clearStreamed });
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [selected, setSelected] = useState<RequestLogEvent | null>(null);
  const rows = useMemo(() => live.rows.filter((e) => matchesFilters(e, filters)), [live.rows, filters]);
  const filtering = filters.method !== '' || filters.status !== '' || filters.text.trim() !== '';

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <LogFilters value={filters} onChange={setFilters} />
        <Group gap="sm">
          <ConnectionStatus state={live.connection} />
          {live.paused ? (
            <Button variant="light" onClick={live.resume}>
              Resume
            </Button>
          ) : (
            <Button variant="default" onClick={live.pause}>
              Pause
            </Button>
          )}
          {atLeast(role, 'EDITOR') && (
            <ConfirmButton
              size="sm"
              title="Clear the request log?"
              message="The project's recorded requests are deleted from its history for everyone, not only from this view. This cannot be undone."
              confirmLabel="Clear log"
              onConfirm={() => clear.mutateAsync()}
            >
              Clear
            </ConfirmButton>
          )}
        </Group>
      </Group>
      {live.paused && (
        <Text size="sm" c="dimmed" aria-live="polite">
          Paused: {live.heldCount} new {live.heldCount === 1 ? 'request' : 'requests'} waiting. Resume to see them.
        </Text>
      )}
      {live.streamError && (
        <Alert color="red" title="Live connection error" role="alert">
          {live.streamError}
        </Alert>
      )}
      {live.history.isError && (
        <Alert color="red" title="Could not load the history" role="alert">
          {toApiError(live.history.error).message}{' '}
          <Button variant="subtle" size="compact-sm" onClick={() => void live.history.refetch()}>
            Retry
          </Button>
        </Alert>
      )}
      <LogTable
        rows={rows}
        loading={live.history.isPending}
        emptyMessage={
          filtering
            ? 'No requests match these filters.'
            : 'No requests yet. Call one of this project’s mock URLs and it shows up here.'
        }
        onOpen={setSelected}
      />
      <LogDetailDrawer event={selected} onClose={() => setSelected(null)} />
    </Stack>
  );
}
