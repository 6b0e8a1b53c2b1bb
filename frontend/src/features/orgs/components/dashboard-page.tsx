import { Text, Title } from '@mantine/core';

export function DashboardPage() {
  return (
    <>
      <Title order={2}>Organizations</Title>
      <Text c="dimmed">Your organizations arrive here.</Text>
    </>
  );
}
