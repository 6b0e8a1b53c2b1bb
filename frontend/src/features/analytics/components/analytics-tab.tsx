import { Text } from '@mantine/core';

/** Placeholder: traffic analytics of a project. */
export function AnalyticsTab({ projectId }: { projectId: number }) {
  return <Text c="dimmed">Analytics of project {projectId} arrive here.</Text>;
}
