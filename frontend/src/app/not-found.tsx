import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

export function NotFound() {
  return (
    <Stack align="center" mt="xl">
      <Title order={1} size="h2">
        Page not found
      </Title>
      <Text c="dimmed">Nothing lives at this address.</Text>
      <Anchor component={Link} to={paths.home}>
        Back to your organizations
      </Anchor>
    </Stack>
  );
}
