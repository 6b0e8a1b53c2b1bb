import { Button, FileButton, Group, Paper, Stack, Text } from '@mantine/core';
import { useState, type DragEvent } from 'react';

/** Where a document file arrives: dropped on the area or picked with its button (the accessible way). */
export function FileDrop({ onFile }: { onFile: (file: File) => void }) {
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      style={{ borderStyle: 'dashed' }}
      bg={over ? 'var(--mantine-color-blue-light)' : undefined}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <Stack gap={4} align="center">
        <Group gap="xs">
          <Text size="sm">Drop a file here, or</Text>
          <FileButton onChange={(file) => file && onFile(file)} inputProps={{ 'aria-label': 'Document file' }}>
            {(props) => (
              <Button variant="light" size="xs" {...props}>
                Choose file
              </Button>
            )}
          </FileButton>
        </Group>
        <Text size="xs" c="dimmed" ta="center">
          OpenAPI or Swagger (YAML or JSON), MockAPI YAML, WireMock mappings (JSON, or a zip of the folder), a Mockoon
          environment
        </Text>
      </Stack>
    </Paper>
  );
}

/** The file's bytes; FileReader rather than Blob.arrayBuffer() so that jsdom reads it too. */
export function readFile(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(file);
  });
}
