import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useCreateOrg } from '@/features/orgs/api/create-org';
import type { Org } from '@/features/orgs/api/types';
import { validateOrgName } from '@/features/orgs/validation';
import { toApiError } from '@/lib/api-error';

export function CreateOrgForm({ onCreated }: { onCreated?: (org: Org) => void }) {
  const createOrg = useCreateOrg();
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '' },
    validate: { name: validateOrgName },
  });

  const submit = form.onSubmit((values) =>
    createOrg.mutate(
      { name: values.name.trim() },
      {
        onSuccess: (org) => {
          form.reset();
          onCreated?.(org);
        },
        onError: (e) => form.setFieldError('name', toApiError(e).fieldErrors.name ?? toApiError(e).message),
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-start">
        <TextInput
          label="New organization"
          placeholder="Acme"
          style={{ flex: 1 }}
          maw={360}
          {...form.getInputProps('name')}
        />
        <Button type="submit" mt={25} loading={createOrg.isPending}>
          Create organization
        </Button>
      </Group>
    </form>
  );
}
