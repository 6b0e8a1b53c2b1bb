import { Fieldset, NativeSelect, NumberInput, SimpleGrid, Stack, Switch } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { FAULTS } from '@/features/endpoints/api/types';
import { TemplateEditor } from '@/features/endpoints/components/template-editor';
import type { EndpointFormValues } from '@/features/endpoints/endpoint-form-values';

const delayTypes = [
  { value: 'none', label: 'None' },
  { value: 'fixed', label: 'Fixed' },
  { value: 'uniform', label: 'Uniform (min..max)' },
  { value: 'lognormal', label: 'Log-normal (median, sigma)' },
];

const faultLabels: Record<(typeof FAULTS)[number], string> = {
  http_error: 'HTTP error (failure status and body)',
  connection_reset: 'Connection reset',
  empty_response: 'Empty response',
  malformed_body: 'Malformed body',
};

type Props = { form: UseFormReturnType<EndpointFormValues>; readOnly?: boolean };

/** The endpoint's own chaos: a delay distribution and injected failures (README "Chaos"). */
export function ChaosFields({ form, readOnly }: Props) {
  const v = form.getValues();
  const ms = (key: 'ms' | 'minMs' | 'maxMs' | 'medianMs', label: string) => (
    <NumberInput label={label} min={0} max={60_000} step={50} clampBehavior="none" allowDecimal={false} {...form.getInputProps(key)} />
  );
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
          <>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NativeSelect label="Delay type" data={delayTypes} {...form.getInputProps('delayType')} />
              {v.delayType === 'fixed' && ms('ms', 'Delay (ms)')}
              {v.delayType === 'uniform' && (
                <>
                  {ms('minMs', 'Minimum delay (ms)')}
                  {ms('maxMs', 'Maximum delay (ms)')}
                </>
              )}
              {v.delayType === 'lognormal' && (
                <>
                  {ms('medianMs', 'Median delay (ms)')}
                  <NumberInput label="Sigma" min={0} max={3} step={0.1} decimalScale={3} clampBehavior="none" {...form.getInputProps('sigma')} />
                </>
              )}
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NumberInput
                label="Failure rate"
                description="0 never, 1 always"
                min={0}
                max={1}
                step={0.05}
                decimalScale={4}
                clampBehavior="none"
                {...form.getInputProps('failureRate')}
              />
              <NativeSelect
                label="Fault"
                data={FAULTS.map((f) => ({ value: f, label: faultLabels[f] }))}
                {...form.getInputProps('fault')}
              />
              <NumberInput
                label="Failure status"
                min={100}
                max={599}
                clampBehavior="none"
                allowDecimal={false}
                {...form.getInputProps('failureStatus')}
              />
            </SimpleGrid>
            <TemplateEditor
              label="Failure body"
              description="Optional template; without one an http_error answers problem JSON"
              minHeight="60px"
              readOnly={readOnly}
              value={v.failureBody}
              onChange={(value) => form.setFieldValue('failureBody', value)}
              error={form.errors.failureBody as string | undefined}
            />
          </>
        )}
      </Stack>
    </Fieldset>
  );
}
