import { Badge, Code, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { MethodBadge } from '@/components/ui/method-badge';
import type { Change, ImportResult } from '@/features/transfer/api/types';

const changeColor: Record<Change, string> = { created: 'teal', changed: 'blue', removed: 'red', unchanged: 'gray' };

function ChangeBadge({ change }: { change: Change }) {
  return (
    <Badge color={changeColor[change]} variant="light">
      {change}
    </Badge>
  );
}

/** "2 created, 1 changed, 0 removed, 5 unchanged": the endpoint counts of an import. */
export function countsOf(result: ImportResult): string {
  return `${result.created} created, ${result.changed} changed, ${result.removed} removed, ${result.unchanged} unchanged`;
}

/** What a dry run says an import would do: per endpoint and collection, in totals, and what it leaves out. */
export function ImportPreview({ result }: { result: ImportResult }) {
  return (
    <Stack gap="sm">
      <Group gap="xs" role="group" aria-label="Totals">
        {(['created', 'changed', 'removed', 'unchanged'] as const).map((change) => (
          <Badge key={change} color={changeColor[change]} variant="outline" tt="none">
            {result[change]} {change}
          </Badge>
        ))}
      </Group>
      {result.project === 'changed' && (
        <Text size="sm">The project&apos;s name, description and settings are replaced by the document&apos;s.</Text>
      )}
      {result.endpoints.length === 0 ? (
        <Text size="sm" c="dimmed">
          The document has no endpoints.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={400} mah={280}>
          <Table aria-label="Endpoint changes" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Method</Table.Th>
                <Table.Th>Path</Table.Th>
                <Table.Th>Change</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.endpoints.map((e) => (
                <Table.Tr key={`${e.method} ${e.path}`}>
                  <Table.Td>
                    <MethodBadge method={e.method} />
                  </Table.Td>
                  <Table.Td>
                    <Code>{e.path}</Code>
                  </Table.Td>
                  <Table.Td>
                    <ChangeBadge change={e.change} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {result.collections.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h5">
            Collections
          </Title>
          <List aria-label="Collection changes" size="sm" spacing={4}>
            {result.collections.map((c) => (
              <List.Item key={c.name}>
                <Group gap="xs">
                  <Code>{c.name}</Code>
                  <ChangeBadge change={c.change} />
                </Group>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {result.untranslated.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h5">
            Not translated ({result.untranslated.length})
          </Title>
          <Text size="xs" c="dimmed">
            These parts of the document have no MockAPI equivalent and are left out.
          </Text>
          <List aria-label="Not translated" size="sm" spacing={4}>
            {result.untranslated.map((u) => (
              <List.Item key={`${u.location} ${u.reason}`}>
                <Code>{u.location}</Code> {u.reason}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}
