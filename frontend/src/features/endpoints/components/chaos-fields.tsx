import { Fieldset, Stack, Switch } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { ChaosPolicyFields } from '@/components/chaos/chaos-policy-fields';
import { TemplateEditor } from '@/features/endpoints/components/template-editor';
import type { EndpointFormValues } from '@/features/endpoints/endpoint-form-values';

type Props = { form: UseFormReturnType<EndpointFormValues>; readOnly?: boolean };

/** The endpoint's own chaos: a delay distribution and injected failures (README "Chaos"). */
export function ChaosFields({ form, readOnly }: Props) {
  const v = form.getValues();
  return (
    <Fieldset legend="Chaos">
      <Stack gap="sm">
        <Switch
          label="Endpoint chaos"
          description="Delays and failures for this endpoint; it then ignores the project's chaos mode"
          disabled={readOnly}
          {...form.getInputProps('chaosEnabled', { type: 'checkbox' })}
        />
        {v.chaosEnabled && (
          <ChaosPolicyFields
            form={form}
            failureBody={
              <TemplateEditor
                label="Failure body"
                description="Optional template; without one an http_error answers problem JSON"
                minHeight="60px"
                readOnly={readOnly}
                value={v.failureBody}
                onChange={(value) => form.setFieldValue('failureBody', value)}
                error={form.errors.failureBody as string | undefined}
              />
            }
          />
        )}
      </Stack>
    </Fieldset>
  );
}
