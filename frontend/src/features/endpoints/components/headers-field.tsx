import { ActionIcon, Button, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { headerRow, type EndpointFormValues } from '@/features/endpoints/endpoint-form-values';

/** Response header rows (name → value template), added and removed one by one. */
export function HeadersField({ form, readOnly }: { form: UseFormReturnType<EndpointFormValues>; readOnly?: boolean }) {
  const rows = form.getValues().headers;
  return (
    <Input.Wrapper labelElement="div" label="Response headers" error={form.errors.headers}>
      <Stack gap="xs" mt={4}>
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            No headers. A body that starts with {'{'} or [ is sent as application/json.
          </Text>
        )}
        {rows.map((row, i) => (
          <Group key={row.key} align="flex-start" wrap="nowrap">
            <TextInput
              aria-label={`Header ${i + 1} name`}
              placeholder="Name"
              style={{ flex: 1 }}
              readOnly={readOnly}
              {...form.getInputProps(`headers.${i}.name`)}
            />
            <TextInput
              aria-label={`Header ${i + 1} value`}
              placeholder="Value (a template)"
              style={{ flex: 2 }}
              readOnly={readOnly}
              {...form.getInputProps(`headers.${i}.value`)}
            />
            {!readOnly && (
              <ActionIcon
                variant="subtle"
                color="red"
                mt={4}
                aria-label={`Remove header ${i + 1}`}
                onClick={() => form.removeListItem('headers', i)}
              >
                ✕
              </ActionIcon>
            )}
          </Group>
        ))}
        {!readOnly && (
          <Group>
            <Button variant="light" size="xs" onClick={() => form.insertListItem('headers', headerRow())}>
              Add header
            </Button>
          </Group>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
