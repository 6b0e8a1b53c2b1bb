import { ActionIcon, Badge, Code, Group, Switch, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import type { Endpoint } from '@/features/endpoints/api/types';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { MethodBadge } from '@/components/ui/method-badge';
import { ChaosBadge, StateBadge } from '@/features/endpoints/components/endpoint-badges';

type Props = {
  endpoints: Endpoint[];
  canEdit: boolean;
  /** The endpoint whose enabled switch is being saved. */
  togglingId?: number;
  onOpen: (endpoint: Endpoint) => void;
  onToggle: (endpoint: Endpoint, enabled: boolean) => void;
  onDelete: (endpoint: Endpoint) => Promise<unknown>;
  onTry: (endpoint: Endpoint) => void;
};

/** The project's endpoints: method, path, status, chaos and state badges, enabled switch, actions. */
export function EndpointsTable({ endpoints, canEdit, togglingId, onOpen, onToggle, onDelete, onTry }: Props) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table highlightOnHover verticalSpacing="xs" aria-label="Endpoints">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Method</Table.Th>
            <Table.Th>Path</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Chaos</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th>Enabled</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {endpoints.map((e) => {
            const route = `${e.method} ${e.path}`;
            return (
              <Table.Tr key={e.id} data-endpoint-id={e.id}>
                <Table.Td>
                  <MethodBadge method={e.method} />
                </Table.Td>
                <Table.Td>
                  <Code>{e.path}</Code>
                  {e.description && (
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {e.description}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{e.response.status}</Table.Td>
                <Table.Td>
                  <ChaosBadge chaos={e.chaos} />
                </Table.Td>
                <Table.Td>
                  <StateBadge state={e.state} />
                </Table.Td>
                <Table.Td>
                  {canEdit ? (
                    <Switch
                      aria-label={`Enabled ${route}`}
                      checked={e.enabled}
                      disabled={togglingId === e.id}
                      onChange={(event) => onToggle(e, event.currentTarget.checked)}
                    />
                  ) : (
                    <Badge color={e.enabled ? 'teal' : 'gray'} variant="outline">
                      {e.enabled ? 'On' : 'Off'}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Tooltip label={`Try ${route}`}>
                      <ActionIcon variant="subtle" aria-label={`Try ${route}`} onClick={() => onTry(e)}>
                        ▶
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={canEdit ? `Edit ${route}` : `View ${route}`}>
                      <ActionIcon
                        variant="subtle"
                        aria-label={canEdit ? `Edit ${route}` : `View ${route}`}
                        onClick={() => onOpen(e)}
                      >
                        {canEdit ? '✎' : '👁'}
                      </ActionIcon>
                    </Tooltip>
                    {canEdit && (
                      <ConfirmButton
                        aria-label={`Delete ${route}`}
                        title={`Delete ${route}`}
                        message={`Delete ${route}? Mock calls to it stop being answered.`}
                        onConfirm={() => onDelete(e)}
                      >
                        Delete
                      </ConfirmButton>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
