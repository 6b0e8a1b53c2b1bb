import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { toApiError } from '@/lib/api-error';

export function SettingsCard({
  title,
  description,
  children,
}: {
  title: string;
  description: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

type SettingsFormProps = {
  onSubmit: FormEventHandler<HTMLFormElement>;
  canEdit: boolean;
  /** The last save's failure, shown above the button. */
  error: unknown;
  saving: boolean;
  saveLabel: string;
  children: ReactNode;
};

/** A settings form: its fields read-only unless `canEdit`, the save's error, and the save button for editors. */
export function SettingsForm({ onSubmit, canEdit, error, saving, saveLabel, children }: SettingsFormProps) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack>
          {children}
          {error != null && (
            <Alert color="red" role="alert">
              {toApiError(error).message}
            </Alert>
          )}
          {canEdit && (
            <Group>
              <Button type="submit" loading={saving}>
                {saveLabel}
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
