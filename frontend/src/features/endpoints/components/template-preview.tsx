import { Alert, Code, Group, Loader, Stack, Text } from '@mantine/core';
import type { useTemplatePreview } from '@/features/endpoints/hooks/use-template-preview';

/** Pretty-prints JSON output; anything else as it came. */
export function prettyBody(text: string): string {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return text;
  try {
    return JSON.stringify(JSON.parse(trimmed), null, 2);
  } catch {
    return text;
  }
}

/** The live preview of a template: the rendered output, or the error with its line and column. */
export function TemplatePreview({ preview }: { preview: ReturnType<typeof useTemplatePreview> }) {
  const { query, enabled, settling, error } = preview;
  const busy = enabled && (settling || query.isFetching);
  return (
    <Stack gap={4} aria-live="polite">
      <Group gap="xs">
        <Text size="sm" fw={500}>
          Preview
        </Text>
        {busy && <Loader size="xs" aria-label="Rendering preview" />}
      </Group>
      {!enabled ? (
        <Text size="sm" c="dimmed">
          An empty body: the endpoint answers without one (a stateful endpoint answers the item or list).
        </Text>
      ) : error ? (
        <Alert
          color="red"
          title={
            error.line > 0 ? `Line ${error.line}${error.column ? `, column ${error.column}` : ''}` : 'Template error'
          }
          data-testid="preview-error"
        >
          {error.message}
        </Alert>
      ) : query.data ? (
        <Code block aria-label="Preview output" style={{ maxHeight: 360, overflow: 'auto' }}>
          {query.data.json ? prettyBody(query.data.output) : query.data.output}
        </Code>
      ) : (
        <Text size="sm" c="dimmed">
          Rendering…
        </Text>
      )}
    </Stack>
  );
}
