import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useRenameOrg } from '@/features/orgs/api/rename-org';
import type { Org } from '@/features/orgs/api/types';
import { validateOrgName } from '@/features/orgs/validation';
import { toApiError } from '@/lib/api-error';
import { notifySuccess } from '@/lib/notify';

/** "Rename organization": a dialog with the name to change; the slug stays. */
export function RenameOrgButton({ org }: { org: Org }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="default" size="xs" onClick={open}>
        Rename organization
      </Button>
      <Modal opened={opened} onClose={close} title="Rename organization" centered>
        {/* Mounted only while open, so every opening starts from the current name. */}
        <RenameOrgForm org={org} onClose={close} />
      </Modal>
    </>
  );
}

function RenameOrgForm({ org, onClose }: { org: Org; onClose: () => void }) {
  const rename = useRenameOrg(org.id);
  const form = useForm({ mode: 'controlled', initialValues: { name: org.name }, validate: { name: validateOrgName } });

  const submit = form.onSubmit((values) =>
    rename.mutate(values.name.trim(), {
      onSuccess: (renamed) => {
        onClose();
        notifySuccess(`Organization renamed to ${renamed.name}`);
      },
      onError: (e) => form.setErrors(toApiError(e).fieldErrors),
    }),
  );
  const error = rename.isError ? toApiError(rename.error) : null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {error && !error.fieldErrors.name && (
          <Alert color="red" role="alert">
            {error.message}
          </Alert>
        )}
        <TextInput
          label="Name"
          description="Its slug, and so its projects' mock URLs, stay as they are."
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={rename.isPending}>
            Rename
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
