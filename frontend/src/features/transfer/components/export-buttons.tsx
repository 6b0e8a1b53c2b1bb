import { Button, Group } from '@mantine/core';
import { useExportProject } from '@/features/transfer/api/export-project';
import type { ExportFormat } from '@/features/transfer/api/types';
import { notifyError } from '@/lib/notify';

const exports: { format: ExportFormat; label: string }[] = [
  { format: 'yaml', label: 'Export YAML' },
  { format: 'openapi', label: 'Export OpenAPI' },
];

/** Downloads the project as MockAPI YAML or as an OpenAPI 3.1 document. */
export function ExportButtons({ projectId }: { projectId: number }) {
  const exporting = useExportProject(projectId);
  return (
    <Group gap="xs">
      {exports.map(({ format, label }) => (
        <Button
          key={format}
          variant="default"
          size="xs"
          loading={exporting.isPending && exporting.variables === format}
          disabled={exporting.isPending && exporting.variables !== format}
          onClick={() =>
            exporting.mutate(format, { onError: (error) => notifyError(error, 'Could not export the project') })
          }
        >
          {label}
        </Button>
      ))}
    </Group>
  );
}
