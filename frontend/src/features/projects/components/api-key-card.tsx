import { Alert, Button, Group, Text } from '@mantine/core';
import { CopyText } from '@/components/ui/copy-text';
import { useIssueApiKey } from '@/features/projects/api/issue-api-key';
import type { Project } from '@/features/projects/api/types';
import { SettingsCard } from '@/features/projects/components/settings-card';
import { toApiError } from '@/lib/api-error';

export function ApiKeyCard({ project, canEdit }: { project: Project; canEdit: boolean }) {
  const issue = useIssueApiKey(project.id);

  return (
    <SettingsCard
      title="API key"
      description="When required (General settings), mock calls must send it in the X-Api-Key header. Only its hash is stored, so it is shown once."
    >
      <Text size="sm">{project.apiKeyIssued ? 'A key has been issued.' : 'No key issued yet.'}</Text>
      {issue.data && (
        <Alert color="teal" title="Your new API key: copy it now, it will not be shown again">
          <CopyText value={issue.data.apiKey} label="Copy API key" />
        </Alert>
      )}
      {issue.isError && (
        <Alert color="red" role="alert">
          {toApiError(issue.error).message}
        </Alert>
      )}
      {canEdit && (
        <Group>
          <Button variant="light" onClick={() => issue.mutate()} loading={issue.isPending}>
            {project.apiKeyIssued ? 'Issue a new key (replaces the current one)' : 'Issue API key'}
          </Button>
        </Group>
      )}
    </SettingsCard>
  );
}
