import { Text } from '@mantine/core';

/** Placeholder: the live request inspector of a project. */
export function InspectorTab({ projectId }: { projectId: number }) {
  return <Text c="dimmed">The live inspector of project {projectId} arrives here.</Text>;
}
