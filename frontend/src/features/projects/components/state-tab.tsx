import { Text } from '@mantine/core';
import type { ProjectTabProps } from '@/features/projects/api/types';

export function StateTab({ projectId }: ProjectTabProps) {
  return <Text c="dimmed">State collections of project {projectId} arrive here.</Text>;
}
