import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMockBaseUrl } from '@/features/endpoints/api/get-mock-base-url';
import { mockUrl, useSendMockRequest } from '@/features/endpoints/api/send-mock-request';
import { prettyBody } from '@/features/endpoints/components/template-preview';
import { toApiError } from '@/lib/api-error';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

type Values = { method: string; path: string; headers: string; body: string };

/** "Name: value" lines → a header object; the first bad line is reported. */
export function parseHeaders(text: string): { headers: Record<string, string>; error?: string } {
  const headers: Record<string, string> = {};
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) return { headers, error: `Line ${i + 1}: write "Name: value"` };
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return { headers };
}

function validate(v: Values) {
  const errors: Record<string, string> = {};
  if (!v.path.trim().startsWith('/')) errors.path = "The path must start with '/'";
  const parsed = parseHeaders(v.headers);
  if (parsed.error) errors.headers = parsed.error;
  if (v.body.trim()) {
    try {
      JSON.parse(v.body);
    } catch {
      errors.body = 'Not valid JSON';
    }
  }
  return errors;
}

function statusColor(status: number) {
  if (status >= 500) return 'red';
  if (status >= 400) return 'orange';
  if (status >= 300) return 'blue';
  return 'teal';
}

/** Sends a request to one of the project's mock URLs and shows status, headers, body and time. */
export function TryIt({
  projectId,
  initial,
  onClose,
}: {
  projectId: number;
  initial?: { method: string; path: string };
  onClose: () => void;
}) {
  const baseUrl = useMockBaseUrl(projectId);
  const send = useSendMockRequest();
  const form = useForm<Values>({
    initialValues: {
      method: initial && METHODS.includes(initial.method) ? initial.method : 'GET',
      path: initial?.path ?? '/',
      headers: '',
      body: '',
    },
    validate,
  });

  const submit = form.onSubmit((v) => {
    if (!baseUrl.data) return;
    const { headers } = parseHeaders(v.headers);
    const hasBody = v.body.trim() !== '';
    if (hasBody && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
      headers['Content-Type'] = 'application/json';
    }
    send.mutate({
      baseUrl: baseUrl.data,
      method: v.method,
      path: v.path.trim(),
      headers,
      body: hasBody ? v.body : undefined,
    });
  });

  const result = send.data;
  return (
    <Modal opened onClose={onClose} title="Try it" size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          {baseUrl.isError ? (
            <Alert color="red" role="alert">
              Could not load the project's mock base URL: {toApiError(baseUrl.error).message}
            </Alert>
          ) : (
            <Text size="sm" c="dimmed">
              Mock base URL: <Code>{baseUrl.data ?? 'loading…'}</Code>
            </Text>
          )}
          <Group align="flex-start" wrap="nowrap">
            <NativeSelect label="Method" data={METHODS} {...form.getInputProps('method')} />
            <TextInput
              label="Path"
              description={baseUrl.data ? mockUrl(baseUrl.data, form.getValues().path || '/') : undefined}
              placeholder="/users/1?_limit=5"
              style={{ flex: 1 }}
              data-autofocus
              {...form.getInputProps('path')}
            />
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea
              label="Request headers"
              description="One per line: Name: value"
              placeholder="X-Mock-Seed: 42"
              autosize
              minRows={3}
              ff="monospace"
              {...form.getInputProps('headers')}
            />
            <Textarea
              label="Request body"
              description="Optional JSON"
              placeholder='{"name": "Ada"}'
              autosize
              minRows={3}
              ff="monospace"
              {...form.getInputProps('body')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={send.isPending} disabled={!baseUrl.data}>
              Send
            </Button>
          </Group>
          {send.isError && (
            <Alert color="red" title="No response" role="alert">
              {send.error.message}
            </Alert>
          )}
          {result && !send.isPending && (
            <Stack gap="xs" aria-label="Response" role="region">
              <Group gap="xs">
                <Badge size="lg" color={statusColor(result.status)} aria-label={`Status ${result.status}`}>
                  {result.status} {result.statusText}
                </Badge>
                <Text size="sm" c="dimmed">
                  {result.elapsedMs} ms
                </Text>
              </Group>
              <Table withTableBorder fz="xs" aria-label="Response headers">
                <Table.Tbody>
                  {result.headers.map(([name, value]) => (
                    <Table.Tr key={name}>
                      <Table.Td ff="monospace">{name}</Table.Td>
                      <Table.Td ff="monospace">{value}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {result.body ? (
                <Code block aria-label="Response body" style={{ maxHeight: 400, overflow: 'auto' }}>
                  {prettyBody(result.body)}
                </Code>
              ) : (
                <Text size="sm" c="dimmed">
                  Empty body
                </Text>
              )}
            </Stack>
          )}
        </Stack>
      </form>
    </Modal>
  );
}
