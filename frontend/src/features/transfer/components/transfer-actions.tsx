import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { ExportButtons } from '@/features/transfer/components/export-buttons';
import { ImportDialog } from '@/features/transfer/components/import-dialog';
import { atLeast, type Role } from '@/lib/roles';

/** The project page's import and export: everyone who sees the project exports, Editors and above import. */
export function TransferActions({ projectId, role }: { projectId: number; role: Role }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <Group gap="xs">
      <ExportButtons projectId={projectId} />
      {atLeast(role, 'EDITOR') && (
        <>
          <Button size="xs" onClick={open}>
            Import
          </Button>
          <ImportDialog projectId={projectId} opened={opened} onClose={close} />
        </>
      )}
    </Group>
  );
}
