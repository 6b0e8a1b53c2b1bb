import { Badge, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { prettyBody } from '@/features/inspector/utils/log-events';

type Props = {
  title: string;
  headers: Record<string, string> | null;
  body: string | null;
  bodyTruncated: boolean;
};

/** Headers and body of a request or a response, the body indented when it is JSON. */
export function MessageDetails({ title, headers, body, bodyTruncated }: Props) {
  const entries = Object.entries(headers ?? {});
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={3} size="h4">
        {title}
      </Title>
      <Text size="sm" fw={600}>
        Headers
      </Text>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          No headers
        </Text>
      ) : (
        <Table aria-label={`${title} headers`} withTableBorder verticalSpacing={2} fz="xs">
          <Table.Tbody>
            {entries.map(([name, value]) => (
              <Table.Tr key={name}>
                <Table.Th w="35%" style={{ wordBreak: 'break-all' }}>
                  {name}
                </Table.Th>
                <Table.Td style={{ wordBreak: 'break-all' }}>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group gap="xs">
        <Text size="sm" fw={600}>
          Body
        </Text>
        {bodyTruncated && (
          <Badge color="yellow" variant="light" size="sm">
            Truncated at 8 KiB
          </Badge>
        )}
      </Group>
      {body ? (
        <Code block aria-label={`${title} body`} style={{ maxHeight: 360, overflow: 'auto' }}>
          {prettyBody(body, headers)}
        </Code>
      ) : (
        <Text size="sm" c="dimmed">
          No body
        </Text>
      )}
    </Stack>
  );
}
