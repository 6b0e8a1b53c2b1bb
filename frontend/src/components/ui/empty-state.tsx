import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** What a list shows when it has nothing yet: a title, a hint and optionally the action that fills it. */
export function EmptyState({ title, hint, action }: { title: string; hint?: ReactNode; action?: ReactNode }) {
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack align="center" gap="xs">
        <Text fw={600}>{title}</Text>
        {hint && (
          <Text size="sm" c="dimmed" ta="center">
            {hint}
          </Text>
        )}
        {action}
      </Stack>
    </Paper>
  );
}
