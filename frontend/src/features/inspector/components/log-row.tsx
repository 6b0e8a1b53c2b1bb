import { Badge, Group, Table, Text } from '@mantine/core';
import { memo, type KeyboardEvent } from 'react';
import type { RequestLogEvent } from '@/features/inspector/api/types';
import { chaosSummary, formatTime, pathWithQuery, statusColor } from '@/features/inspector/utils/log-events';

type Props = { event: RequestLogEvent; onOpen: (event: RequestLogEvent) => void };

/** One call; clicking it, or Enter/Space while focused, opens its details. Memoized: rows only ever prepend. */
export const LogRow = memo(function LogRow({ event, onOpen }: Props) {
  const chaos = chaosSummary(event);
  const { status } = event.response;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(event);
    }
  };
  return (
    <Table.Tr tabIndex={0} onClick={() => onOpen(event)} onKeyDown={onKeyDown} style={{ cursor: 'pointer' }}>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {formatTime(event.timestamp)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={600}>
          {event.request.method}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
            {pathWithQuery(event)}
          </Text>
          {!event.matched && (
            <Badge color="gray" variant="outline" size="sm">
              Unmatched
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Badge color={statusColor(status)} variant="light">
          {status === 0 ? 'No response' : status}
        </Badge>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm">{event.durationMs} ms</Text>
      </Table.Td>
      <Table.Td>
        {chaos && (
          <Badge color="orange" variant="light" size="sm" tt="none">
            Chaos: {chaos}
          </Badge>
        )}
      </Table.Td>
    </Table.Tr>
  );
});
