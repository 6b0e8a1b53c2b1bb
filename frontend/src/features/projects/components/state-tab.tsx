import { Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryState } from '@/components/ui/query-state';
import { useCollections } from '@/features/projects/api/get-collections';
import { useResetState } from '@/features/projects/api/reset-state';
import type { ProjectTabProps } from '@/features/projects/api/types';
import { CollectionItems } from '@/features/projects/components/collection-items';
import { notifySuccess } from '@/lib/notify';
import { atLeast } from '@/lib/roles';

/** The project's state collections with their counts; view items page by page; reset (Editor+). */
export function StateTab({ projectId, role }: ProjectTabProps) {
  const collections = useCollections(projectId);
  const reset = useResetState(projectId);
  const [viewing, setViewing] = useState<string | null>(null);
  const canReset = atLeast(role, 'EDITOR');

  return (
    <QueryState query={collections} label="Loading state">
      {(list) =>
        list.length === 0 ? (
          <EmptyState
            title="No state yet"
            hint="Collections appear here once a stateful endpoint writes to one, or a CRUD resource is seeded."
          />
        ) : (
          <Stack>
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                Items the mock engine keeps per collection. A reset restores the seeded items.
              </Text>
              <Group gap="xs">
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => void collections.refetch()}
                  loading={collections.isFetching}
                >
                  Refresh
                </Button>
                {canReset && (
                  <ConfirmButton
                    title="Reset every collection?"
                    message="Every collection of this project goes back to its seeded items."
                    confirmLabel="Reset all"
                    onConfirm={async () => {
                      await reset.mutateAsync(null);
                      notifySuccess('Every collection was reset');
                    }}
                  >
                    Reset all
                  </ConfirmButton>
                )}
              </Group>
            </Group>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Collection</Table.Th>
                  <Table.Th>Items</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((c) => (
                  <Table.Tr key={c.name}>
                    <Table.Td fw={500}>{c.name}</Table.Td>
                    <Table.Td>{c.count}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end">
                        <Button
                          size="xs"
                          variant={viewing === c.name ? 'filled' : 'light'}
                          onClick={() => setViewing(viewing === c.name ? null : c.name)}
                          aria-label={`${viewing === c.name ? 'Hide' : 'View'} items of ${c.name}`}
                        >
                          {viewing === c.name ? 'Hide' : 'View'}
                        </Button>
                        {canReset && (
                          <ConfirmButton
                            aria-label={`Reset ${c.name}`}
                            title={`Reset ${c.name}?`}
                            message="The collection goes back to its seeded items."
                            confirmLabel="Reset"
                            onConfirm={async () => {
                              await reset.mutateAsync(c.name);
                              notifySuccess(`${c.name} was reset`);
                            }}
                          >
                            Reset
                          </ConfirmButton>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {viewing && <CollectionItems key={viewing} projectId={projectId} name={viewing} />}
          </Stack>
        )
      }
    </QueryState>
  );
}
