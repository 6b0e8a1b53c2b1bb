import { Code, Group, Pagination, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryState } from '@/components/ui/query-state';
import { useCollectionPage } from '@/features/projects/api/get-collection-page';

const SIZE = 20;

export function CollectionItems({ projectId, name }: { projectId: number; name: string }) {
  const [page, setPage] = useState(1);
  const items = useCollectionPage(projectId, name, page, SIZE);

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {name}
      </Title>
      <QueryState query={items} label={`Loading items of ${name}`}>
        {(p) =>
          p.total === 0 ? (
            <EmptyState title="This collection is empty" />
          ) : (
            <Stack>
              <Stack gap="xs" role="group" aria-label={`Items of ${name}`}>
                {p.items.map((item, i) => (
                  <Code block key={i}>
                    {JSON.stringify(item, null, 2)}
                  </Code>
                ))}
              </Stack>
              <Group justify="space-between">
                <Text size="sm" c="dimmed">
                  {p.total} item{p.total === 1 ? '' : 's'}
                </Text>
                <Pagination total={Math.ceil(p.total / SIZE)} value={page} onChange={setPage} size="sm" />
              </Group>
            </Stack>
          )
        }
      </QueryState>
    </Paper>
  );
}
