import { Alert, Stack } from '@mantine/core';
import { QueryState } from '@/components/ui/query-state';
import { useProject } from '@/features/projects/api/get-project';
import type { ProjectTabProps } from '@/features/projects/api/types';
import { ApiKeyCard } from '@/features/projects/components/api-key-card';
import { ChaosModeForm } from '@/features/projects/components/chaos-mode-form';
import { GeneralSettingsForm } from '@/features/projects/components/general-settings-form';
import { atLeast } from '@/lib/roles';

/** CORS, Faker locale, API key, chaos mode. Admins and Owners change them; others see them. */
export function SettingsTab({ projectId, role }: ProjectTabProps) {
  const project = useProject(projectId);
  const canEdit = atLeast(role, 'ADMIN');

  return (
    <QueryState query={project} label="Loading settings">
      {(p) => (
        <Stack maw={720}>
          {!canEdit && (
            <Alert color="gray">Only an Admin or Owner of the organization can change these settings.</Alert>
          )}
          <ChaosModeForm project={p} canEdit={canEdit} />
          <GeneralSettingsForm project={p} canEdit={canEdit} />
          <ApiKeyCard project={p} canEdit={canEdit} />
        </Stack>
      )}
    </QueryState>
  );
}
