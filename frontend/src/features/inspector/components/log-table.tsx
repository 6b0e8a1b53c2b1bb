import { Loader, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { RequestLogEvent } from '@/features/inspector/api/types';
import { LogRow } from '@/features/inspector/components/log-row';

type Props = {
  rows: RequestLogEvent[];
  loading: boolean;
  emptyMessage: string;
  onOpen: (event: RequestLogEvent) => void;
};

function MessageRow({ children }: { children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Td colSpan={6}>
        <Text c="dimmed" ta="center" py="lg" size="sm" component="div">
          {children}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** The calls, newest first. The table stays in place when empty so its caption and headers do too. */
export function LogTable({ rows, loading, emptyMessage, onOpen }: Props) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label="Request log" highlightOnHover verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Time</Table.Th>
            <Table.Th>Method</Table.Th>
            <Table.Th>Path</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Duration</Table.Th>
            <Table.Th>Chaos</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((event) => (
            <LogRow key={event.id} event={event} onOpen={onOpen} />
          ))}
          {rows.length === 0 && (
            <MessageRow>{loading ? <Loader size="sm" aria-label="Loading history" /> : emptyMessage}</MessageRow>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
