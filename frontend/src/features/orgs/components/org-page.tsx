import { Text, Title } from '@mantine/core';
import { useParams } from 'react-router';

export function OrgPage() {
  const { orgId } = useParams();
  return (
    <>
      <Title order={2}>Organization {orgId}</Title>
      <Text c="dimmed">Projects and members arrive here.</Text>
    </>
  );
}
