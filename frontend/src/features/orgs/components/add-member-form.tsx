import { Button, Group, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useAddMember } from '@/features/orgs/api/add-member';
import { toApiError } from '@/lib/api-error';
import { notifySuccess } from '@/lib/notify';
import { roleLabel, type Role } from '@/lib/roles';

export function AddMemberForm({ orgId, grantableRoles }: { orgId: number; grantableRoles: readonly Role[] }) {
  const addMember = useAddMember(orgId);
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '', role: 'VIEWER' as Role },
    validate: {
      email: (v) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()) ? null : 'Enter a valid email address'),
      role: (v) => (grantableRoles.includes(v) ? null : 'Pick a role'),
    },
  });

  const submit = form.onSubmit((values) =>
    addMember.mutate(
      { email: values.email.trim(), role: values.role },
      {
        onSuccess: (member) => {
          form.reset();
          notifySuccess(`${member.email} added as ${roleLabel[member.role]}`);
        },
        onError: (e) => {
          const error = toApiError(e);
          form.setFieldError(
            'email',
            error.status === 404
              ? 'No user has registered with this email yet'
              : (error.fieldErrors.email ?? error.message),
          );
        },
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate aria-label="Add member">
      <Group align="flex-start">
        <TextInput
          label="Email"
          placeholder="teammate@example.com"
          style={{ flex: 1 }}
          maw={320}
          {...form.getInputProps('email')}
        />
        <Select
          label="Role"
          w={140}
          allowDeselect={false}
          data={grantableRoles.map((r) => ({ value: r, label: roleLabel[r] }))}
          {...form.getInputProps('role')}
        />
        <Button type="submit" mt={25} loading={addMember.isPending}>
          Add member
        </Button>
      </Group>
    </form>
  );
}
