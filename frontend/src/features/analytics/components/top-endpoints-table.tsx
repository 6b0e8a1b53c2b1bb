import { Badge, Table, Text } from '@mantine/core';
import type { EndpointTraffic } from '@/features/analytics/api/types';
import { formatCount, formatMs } from '@/features/analytics/utils/format';

/** The busiest endpoints of the window (at most 10, as the server answers them). */
export function TopEndpointsTable({ endpoints }: { endpoints: EndpointTraffic[] }) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label="Top endpoints" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Method</Table.Th>
            <Table.Th>Path</Table.Th>
            <Table.Th ta="right">Requests</Table.Th>
            <Table.Th ta="right">Errors</Table.Th>
            <Table.Th ta="right">p95</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {endpoints.map((e) => (
            <Table.Tr key={e.endpointId}>
              <Table.Td>
                {e.method ? (
                  <Text fw={600} size="sm">
                    {e.method}
                  </Text>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                {e.path ? (
                  <Text ff="monospace" size="sm">
                    {e.path}
                  </Text>
                ) : (
                  <Badge color="gray" variant="outline" tt="none">
                    deleted endpoint
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right">{formatCount(e.requests)}</Table.Td>
              <Table.Td ta="right">{formatCount(e.errors)}</Table.Td>
              <Table.Td ta="right">{formatMs(e.p95)}</Table.Td>
            </Table.Tr>
          ))}
          {endpoints.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={5}>
                <Text c="dimmed" size="sm" ta="center">
                  No endpoint answered in this window; every call was unmatched.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
