import { Text } from '@mantine/core';
import type { ProjectTabProps } from '@/features/projects/api/types';

export function SettingsTab({ projectId }: ProjectTabProps) {
  return <Text c="dimmed">Settings of project {projectId} arrive here.</Text>;
}
