import { Text } from '@mantine/core';
import type { Role } from '@/lib/roles';

/** Placeholder: the endpoints table and editor of a project. */
export function EndpointsTab({ projectId, role }: { projectId: number; role: Role }) {
  return (
    <Text c="dimmed">
      Endpoints of project {projectId} arrive here (your role: {role}).
    </Text>
  );
}
