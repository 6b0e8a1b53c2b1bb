import { Anchor, Button, Code, Group, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, useNavigate } from 'react-router';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useDeleteProject } from '@/features/orgs/api/delete-project';
import { useOrgProjects } from '@/features/orgs/api/get-org-projects';
import { CreateProjectModal } from '@/features/orgs/components/create-project-modal';
import { orgPermissions } from '@/features/orgs/permissions';
import { notifySuccess } from '@/lib/notify';
import type { Role } from '@/lib/roles';

export function ProjectsSection({ orgId, role }: { orgId: number; role: Role }) {
  const projects = useOrgProjects(orgId);
  const deleteProject = useDeleteProject(orgId);
  const [creating, { open, close }] = useDisclosure(false);
  const navigate = useNavigate();
  const can = orgPermissions(role);

  return (
    <section aria-labelledby="projects-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="projects-heading">
          Projects
        </Title>
        {can.canManageProjects && <Button onClick={open}>New project</Button>}
      </Group>
      {can.canManageProjects && (
        <CreateProjectModal
          orgId={orgId}
          opened={creating}
          onClose={close}
          onCreated={(p) => navigate(paths.project(p.id))}
        />
      )}
      <QueryState query={projects} label="Loading projects">
        {(list) =>
          list.length === 0 ? (
            <EmptyState
              title="No projects yet"
              hint={
                can.canManageProjects
                  ? 'A project holds mock endpoints served under its own URL. Create the first one.'
                  : 'An Admin or Owner of this organization can create projects.'
              }
            />
          ) : (
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Mock base URL</Table.Th>
                  {can.canManageProjects && (
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={paths.project(p.id)} fw={500}>
                        {p.name}
                      </Anchor>
                      {p.description && (
                        <Text size="xs" c="dimmed">
                          {p.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Code>{p.mockBaseUrl}</Code>
                    </Table.Td>
                    {can.canManageProjects && (
                      <Table.Td ta="right">
                        <ConfirmButton
                          aria-label={`Delete project ${p.name}`}
                          title={`Delete ${p.name}?`}
                          message="Its endpoints, mock state and request history are deleted, and its mock URL stops answering. This cannot be undone."
                          confirmLabel="Delete project"
                          onConfirm={async () => {
                            await deleteProject.mutateAsync(p.id);
                            notifySuccess(`Project ${p.name} deleted`);
                          }}
                        >
                          Delete
                        </ConfirmButton>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </section>
  );
}
