import { Center, Loader } from '@mantine/core';

/** The app's loading state: a centred loader named for what it waits for. */
export function Loading({ label }: { label: string }) {
  return (
    <Center p="xl">
      <Loader aria-label={label} />
    </Center>
  );
}
