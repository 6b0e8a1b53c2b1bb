import { Alert, Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useCreateProject } from '@/features/orgs/api/create-project';
import type { OrgProject } from '@/features/orgs/api/types';
import { toApiError } from '@/lib/api-error';

const SLUG = /^[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$/;

type Props = { orgId: number; opened: boolean; onClose: () => void; onCreated: (project: OrgProject) => void };

export function CreateProjectModal({ orgId, opened, onClose, onCreated }: Props) {
  const createProject = useCreateProject(orgId);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '', slug: '', description: '' },
    validate: {
      name: (v) => (!v.trim() ? 'Enter a name' : v.trim().length > 100 ? 'Use at most 100 characters' : null),
      slug: (v) => (!v || SLUG.test(v) ? null : '3 to 40 of a-z, 0-9 and -, not starting or ending with -'),
      description: (v) => (v.length > 1000 ? 'Use at most 1000 characters' : null),
    },
  });

  const close = () => {
    form.reset();
    createProject.reset();
    onClose();
  };

  const submit = form.onSubmit((values) =>
    createProject.mutate(
      {
        name: values.name.trim(),
        slug: values.slug || undefined,
        description: values.description.trim() || undefined,
      },
      {
        onSuccess: (project) => {
          close();
          onCreated(project);
        },
        onError: (e) => form.setErrors(toApiError(e).fieldErrors),
      },
    ),
  );

  return (
    <Modal opened={opened} onClose={close} title="New project" centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          {createProject.isError && (
            <Alert color="red" role="alert">
              {toApiError(createProject.error).message}
            </Alert>
          )}
          <TextInput
            label="Name"
            placeholder="User Management"
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <TextInput
            label="Slug"
            description="Optional: derived from the name when empty. Mocks are served under /mock/<slug>."
            placeholder="user-management"
            {...form.getInputProps('slug')}
          />
          <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={createProject.isPending}>
              Create project
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
