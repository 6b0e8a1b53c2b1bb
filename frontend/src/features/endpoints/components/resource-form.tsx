import { Alert, Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useCreateResource } from '@/features/endpoints/api/create-resource';
import { TemplateEditor } from '@/features/endpoints/components/template-editor';
import { problemType, toApiError } from '@/lib/api-error';
import { notifySuccess } from '@/lib/notify';

type Values = { name: string; seedCount: number | ''; itemTemplate: string };

function validate(v: Values) {
  const errors: Record<string, string> = {};
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(v.name.trim())) errors.name = '1 to 64 letters, digits, _ or -';
  if (
    v.seedCount !== '' &&
    (!Number.isInteger(Number(v.seedCount)) || Number(v.seedCount) < 0 || Number(v.seedCount) > 1000)
  ) {
    errors.seedCount = 'A whole number from 0 to 1 000';
  }
  return errors;
}

/** "Add CRUD resource": six endpoints on one collection, optionally seeded with generated items. */
export function ResourceForm({ projectId, onClose }: { projectId: number; onClose: () => void }) {
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values>({ initialValues: { name: '', seedCount: 0, itemTemplate: '' }, validate });
  const create = useCreateResource(projectId);
  const name = form.getValues().name.trim() || '{name}';

  const submit = form.onSubmit(async (v) => {
    setFailure(null);
    try {
      const created = await create.mutateAsync({
        name: v.name.trim(),
        ...(v.seedCount === '' ? {} : { seedCount: Number(v.seedCount) }),
        ...(v.itemTemplate.trim() === '' ? {} : { itemTemplate: v.itemTemplate }),
      });
      notifySuccess(
        `Created ${created.endpoints.length} endpoints for /${created.name}, seeded ${created.seeded} items`,
      );
      onClose();
    } catch (error) {
      const apiError = toApiError(error);
      form.setErrors(apiError.fieldErrors);
      setFailure(apiError.type === problemType('conflict') ? `Route clash: ${apiError.message}` : apiError.message);
    }
  });

  return (
    <Modal opened onClose={onClose} title="Add CRUD resource" size="xl" closeOnClickOutside={false}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            Creates GET and POST /{name}, and GET, PUT, PATCH and DELETE /{name}/{'{id}'}, all bound to the collection “
            {name}”.
          </Text>
          {failure && (
            <Alert color="red" title="Not created" role="alert">
              {failure}
            </Alert>
          )}
          <TextInput
            label="Resource name"
            placeholder="customers"
            withAsterisk
            data-autofocus
            {...form.getInputProps('name')}
          />
          <NumberInput
            label="Seed count"
            description="Generated items the collection starts with (0..1 000)"
            min={0}
            max={1000}
            clampBehavior="none"
            allowDecimal={false}
            {...form.getInputProps('seedCount')}
          />
          <TemplateEditor
            label="Item template"
            description='Optional: one JSON object per item, e.g. {"name": "{{Faker.name()}}"}; ids are added'
            minHeight="80px"
            value={form.getValues().itemTemplate}
            onChange={(value) => form.setFieldValue('itemTemplate', value)}
            error={form.errors.itemTemplate as string | undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create resource
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
