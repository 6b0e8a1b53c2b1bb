import { Anchor, AppShell, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, Outlet, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { useAuth } from '@/lib/auth';

export function AppLayout() {
  const { user, logout } = useAuth();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);

  const signOut = async () => {
    setSigningOut(true);
    await logout();
    navigate(paths.login, { replace: true });
  };

  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Anchor component={Link} to={paths.home} fw={700} size="lg" underline="never">
            MockAPI
          </Anchor>
          <Group gap="sm">
            <Text size="sm" c="dimmed" data-testid="user-email">
              {user?.email}
            </Text>
            <Button variant="default" size="xs" onClick={signOut} loading={signingOut}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
