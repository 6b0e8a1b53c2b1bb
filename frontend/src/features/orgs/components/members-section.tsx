import { Group, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useNavigate } from 'react-router';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useMembers } from '@/features/orgs/api/get-members';
import { useRemoveMember } from '@/features/orgs/api/remove-member';
import type { Member } from '@/features/orgs/api/types';
import { useUpdateMemberRole } from '@/features/orgs/api/update-member-role';
import { AddMemberForm } from '@/features/orgs/components/add-member-form';
import { RoleBadge } from '@/features/orgs/components/role-badge';
import { orgPermissions } from '@/features/orgs/permissions';
import { useAuth } from '@/lib/auth';
import { notifyError, notifySuccess } from '@/lib/notify';
import { roleLabel, type Role } from '@/lib/roles';

export function MembersSection({ orgId, role }: { orgId: number; role: Role }) {
  const members = useMembers(orgId);
  const can = orgPermissions(role);

  return (
    <section aria-labelledby="members-heading">
      <Title order={2} size="h3" id="members-heading" mb="sm">
        Members
      </Title>
      <Stack>
        {can.canManageMembers && <AddMemberForm orgId={orgId} grantableRoles={can.grantableRoles} />}
        <QueryState query={members} label="Loading members">
          {(list) =>
            list.length === 0 ? (
              <EmptyState title="No members" hint="Nobody belongs to this organization." />
            ) : (
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Member</Table.Th>
                    <Table.Th>Role</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((m) => (
                    <MemberRow key={m.userId} orgId={orgId} member={m} role={role} />
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryState>
      </Stack>
    </section>
  );
}

function MemberRow({ orgId, member, role }: { orgId: number; member: Member; role: Role }) {
  const { user } = useAuth();
  const navigate = useNavigate();
  const updateRole = useUpdateMemberRole(orgId);
  const remove = useRemoveMember(orgId);
  const can = orgPermissions(role);
  const isSelf = user?.id === member.userId;
  const editable = can.canEdit(member);

  const changeRole = (next: string | null) => {
    if (!next || next === member.role) return;
    updateRole.mutate(
      { userId: member.userId, role: next as Role },
      {
        onSuccess: (m) => notifySuccess(`${m.email} is now ${roleLabel[m.role]}`),
        onError: (e) => notifyError(e, 'Could not change the role'),
      },
    );
  };

  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={500}>
          {member.displayName}
          {isSelf && ' (you)'}
        </Text>
        <Text size="xs" c="dimmed">
          {member.email}
        </Text>
      </Table.Td>
      <Table.Td>
        {editable ? (
          <Select
            aria-label={`Role of ${member.email}`}
            w={140}
            size="xs"
            allowDeselect={false}
            value={member.role}
            disabled={updateRole.isPending}
            data={can.grantableRoles.map((r) => ({ value: r, label: roleLabel[r] }))}
            onChange={changeRole}
          />
        ) : (
          <RoleBadge role={member.role} />
        )}
      </Table.Td>
      <Table.Td>
        <Group justify="flex-end">
          {isSelf ? (
            <ConfirmButton
              title="Leave this organization?"
              message="You lose access to its projects until someone adds you again."
              confirmLabel="Leave"
              onConfirm={async () => {
                await remove.mutateAsync(member.userId);
                navigate(paths.home, { replace: true });
              }}
            >
              Leave
            </ConfirmButton>
          ) : (
            editable && (
              <ConfirmButton
                aria-label={`Remove ${member.email}`}
                title={`Remove ${member.email}?`}
                message="They lose access to this organization and its projects."
                confirmLabel="Remove"
                onConfirm={() => remove.mutateAsync(member.userId)}
              >
                Remove
              </ConfirmButton>
            )
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
