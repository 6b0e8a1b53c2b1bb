import { Paper, Text } from '@mantine/core';
import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

/** A titled chart that fills its card's width. */
export function ChartCard({ title, children }: { title: string; children: ReactElement }) {
  return (
    <Paper withBorder p="md" radius="md" component="figure" m={0} aria-label={title}>
      <Text fw={600} size="sm" mb="xs" component="figcaption">
        {title}
      </Text>
      <ResponsiveContainer width="100%" height={220} initialDimension={{ width: 480, height: 220 }}>
        {children}
      </ResponsiveContainer>
    </Paper>
  );
}
