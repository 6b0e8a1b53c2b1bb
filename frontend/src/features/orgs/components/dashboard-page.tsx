import { Anchor, Card, SimpleGrid, Stack, Text, Title, Group } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useOrgs } from '@/features/orgs/api/get-orgs';
import { CreateOrgForm } from '@/features/orgs/components/create-org-form';
import { RoleBadge } from '@/features/orgs/components/role-badge';

/** "/" — the organizations the user belongs to, with their role, and creating one. */
export function DashboardPage() {
  const orgs = useOrgs();
  const navigate = useNavigate();

  return (
    <Stack>
      <Title order={1} size="h2">
        Organizations
      </Title>
      <CreateOrgForm onCreated={(org) => navigate(paths.org(org.id))} />
      <QueryState query={orgs} label="Loading organizations">
        {(list) =>
          list.length === 0 ? (
            <EmptyState
              title="No organizations yet"
              hint="Create one above: you become its Owner and can invite your team. Or ask a teammate to add you to theirs."
            />
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="org-list">
              {list.map((org) => (
                <Card key={org.id} withBorder padding="lg" radius="md">
                  <Group justify="space-between" mb="xs">
                    <Anchor component={Link} to={paths.org(org.id)} fw={600} size="lg">
                      {org.name}
                    </Anchor>
                    <RoleBadge role={org.role} />
                  </Group>
                  <Text size="sm" c="dimmed">
                    {org.slug}
                  </Text>
                </Card>
              ))}
            </SimpleGrid>
          )
        }
      </QueryState>
    </Stack>
  );
}
