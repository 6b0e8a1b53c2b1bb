import {
  Alert,
  Button,
  Fieldset,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useCreateEndpoint } from '@/features/endpoints/api/create-endpoint';
import { HTTP_METHODS, type Endpoint } from '@/features/endpoints/api/types';
import { isStaleVersion, STALE_VERSION_MESSAGE, useUpdateEndpoint } from '@/features/endpoints/api/update-endpoint';
import { BodyTemplateField } from '@/features/endpoints/components/body-template-field';
import { ChaosFields } from '@/features/endpoints/components/chaos-fields';
import { HeadersField } from '@/features/endpoints/components/headers-field';
import { StateFields } from '@/features/endpoints/components/state-fields';
import {
  emptyValues,
  fromEndpoint,
  serverErrorsToForm,
  toEndpointInput,
  validateEndpoint,
  type EndpointFormValues,
} from '@/features/endpoints/endpoint-form-values';
import { ApiError, toApiError } from '@/lib/api-error';
import { notifySuccess } from '@/lib/notify';

type Props = {
  projectId: number;
  /** The endpoint to edit or view; none to create one. */
  endpoint?: Endpoint;
  readOnly: boolean;
  onClose: () => void;
  /** Fetches the endpoint as it is now, for "Reload" after a stale-version 409. */
  reload: () => Promise<Endpoint | undefined>;
};

type Failure = { message: string; details: string[]; stale: boolean };

/** Creates, edits or (read-only) shows one endpoint with every field of the contract. */
export function EndpointEditor({ projectId, endpoint, readOnly, onClose, reload }: Props) {
  const [base, setBase] = useState(endpoint);
  const [failure, setFailure] = useState<Failure | null>(null);
  const form = useForm<EndpointFormValues>({
    initialValues: endpoint ? fromEndpoint(endpoint) : emptyValues(),
    validate: validateEndpoint,
  });
  const create = useCreateEndpoint(projectId);
  const update = useUpdateEndpoint(projectId);
  const saving = create.isPending || update.isPending;

  const v = form.getValues();
  const contentType = v.headers.find((h) => h.name.trim().toLowerCase() === 'content-type')?.value;

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      if (base) {
        await update.mutateAsync({ id: base.id, input: toEndpointInput(values, base.version) });
      } else {
        await create.mutateAsync(toEndpointInput(values));
      }
      notifySuccess(`${base ? 'Saved' : 'Created'} ${values.method} ${values.path.trim()}`);
      onClose();
    } catch (error) {
      const apiError = toApiError(error);
      const { errors, unplaced } = serverErrorsToForm(
        apiError instanceof ApiError ? apiError.problem : undefined,
        values,
      );
      form.setErrors(errors);
      const stale = isStaleVersion(apiError);
      setFailure({ message: stale ? STALE_VERSION_MESSAGE : apiError.message, details: unplaced, stale });
    }
  });

  const reloadLatest = async () => {
    const latest = await reload();
    if (!latest) {
      setFailure({ message: 'This endpoint no longer exists; it was deleted elsewhere.', details: [], stale: false });
      return;
    }
    setBase(latest);
    form.setValues(fromEndpoint(latest));
    form.resetDirty();
    form.clearErrors();
    setFailure(null);
  };

  const title = readOnly ? `${base?.method} ${base?.path}` : base ? `Edit ${base.method} ${base.path}` : 'New endpoint';

  return (
    <Modal opened onClose={onClose} title={title} size="90rem" closeOnClickOutside={false}>
      <form onSubmit={submit} noValidate>
        <Fieldset variant="unstyled" disabled={readOnly || saving}>
          <Stack>
            {failure && (
              <Alert color="red" title={failure.stale ? 'Changed elsewhere' : 'Not saved'} role="alert">
                {failure.message}
                {failure.details.length > 0 && (
                  <ul style={{ margin: '4px 0 0' }}>
                    {failure.details.map((d) => (
                      <li key={d}>{d}</li>
                    ))}
                  </ul>
                )}
                {failure.stale && (
                  <Button mt="xs" size="xs" variant="light" onClick={() => void reloadLatest()}>
                    Reload endpoint
                  </Button>
                )}
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, sm: 4 }}>
              <NativeSelect label="Method" data={[...HTTP_METHODS]} {...form.getInputProps('method')} />
              <TextInput
                label="Path"
                placeholder="/users/{id}"
                description="{id} parameters, * one segment, ** the rest"
                withAsterisk
                style={{ gridColumn: 'span 2' }}
                {...form.getInputProps('path')}
              />
              <NumberInput
                label="Status"
                min={100}
                max={599}
                clampBehavior="none"
                allowDecimal={false}
                {...form.getInputProps('status')}
              />
            </SimpleGrid>
            <HeadersField form={form} readOnly={readOnly} />
            <BodyTemplateField
              value={v.body}
              onChange={(value) => form.setFieldValue('body', value)}
              contentType={contentType}
              error={form.errors.body as string | undefined}
              readOnly={readOnly}
            />
            <ChaosFields form={form} readOnly={readOnly} />
            <StateFields form={form} readOnly={readOnly} />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Switch label="Enabled" mt="lg" {...form.getInputProps('enabled', { type: 'checkbox' })} />
              <NumberInput
                label="Priority"
                description="Breaks ties between equally specific paths; higher wins"
                min={-10_000}
                max={10_000}
                clampBehavior="none"
                allowDecimal={false}
                {...form.getInputProps('priority')}
              />
              <Textarea label="Description" autosize minRows={1} maxRows={4} {...form.getInputProps('description')} />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            {readOnly ? 'Close' : 'Cancel'}
          </Button>
          {!readOnly && (
            <Button type="submit" loading={saving}>
              Save endpoint
            </Button>
          )}
        </Group>
      </form>
    </Modal>
  );
}
