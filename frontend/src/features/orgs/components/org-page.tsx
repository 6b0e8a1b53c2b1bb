import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useDeleteOrg } from '@/features/orgs/api/delete-org';
import { useOrg } from '@/features/orgs/api/get-org';
import { MembersSection } from '@/features/orgs/components/members-section';
import { ProjectsSection } from '@/features/orgs/components/projects-section';
import { RenameOrgButton } from '@/features/orgs/components/rename-org-button';
import { RoleBadge } from '@/features/orgs/components/role-badge';
import { orgPermissions } from '@/features/orgs/permissions';

/** /orgs/:orgId — the org's projects and members; controls only for the roles allowed to use them. */
export function OrgPage() {
  const orgId = Number(useParams().orgId);
  const org = useOrg(orgId);
  const deleteOrg = useDeleteOrg();
  const navigate = useNavigate();

  return (
    <QueryState query={org} label="Loading organization">
      {(o) => {
        const can = orgPermissions(o.role);
        return (
          <Stack gap="xl">
            <Stack gap="xs">
              <Breadcrumbs>
                <Anchor component={Link} to={paths.home}>
                  Organizations
                </Anchor>
                <Text>{o.name}</Text>
              </Breadcrumbs>
              <Group justify="space-between">
                <Group gap="xs">
                  <Title order={1} size="h2">
                    {o.name}
                  </Title>
                  <RoleBadge role={o.role} />
                </Group>
                <Group gap="xs">
                  {can.canRenameOrg && <RenameOrgButton org={o} />}
                  {can.canDeleteOrg && (
                    <ConfirmButton
                      title={`Delete ${o.name}?`}
                      message="The organization, all its projects, their endpoints, state and history are deleted. This cannot be undone."
                      confirmLabel="Delete organization"
                      onConfirm={async () => {
                        await deleteOrg.mutateAsync(o.id);
                        navigate(paths.home, { replace: true });
                      }}
                    >
                      Delete organization
                    </ConfirmButton>
                  )}
                </Group>
              </Group>
            </Stack>
            <ProjectsSection orgId={o.id} role={o.role} />
            <MembersSection orgId={o.id} role={o.role} />
          </Stack>
        );
      }}
    </QueryState>
  );
}
