import { NumberInput, Select, SimpleGrid } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { FAULTS, MAX_DELAY_MS, MAX_SIGMA, type ChaosFormValues, type Fault } from '@/lib/chaos';

const DELAY_TYPES = [
  { value: 'none', label: 'No delay' },
  { value: 'fixed', label: 'Fixed' },
  { value: 'uniform', label: 'Uniform (min..max)' },
  { value: 'lognormal', label: 'Log-normal (median, sigma)' },
];

const FAULT_LABELS: Record<Fault, string> = {
  http_error: 'HTTP error (failure status)',
  connection_reset: 'Connection reset',
  empty_response: 'Empty response',
  malformed_body: 'Malformed body',
};

const FAULT_OPTIONS = FAULTS.map((f) => ({ value: f, label: FAULT_LABELS[f] }));

type Props<V extends ChaosFormValues> = {
  form: UseFormReturnType<V>;
  /** The form's failure body input, if it has one; it goes below the failure fields. */
  failureBody?: ReactNode;
};

/** The inputs of one chaos policy (README "Chaos"): a delay distribution and injected failures. */
export function ChaosPolicyFields<V extends ChaosFormValues>({ form, failureBody }: Props<V>) {
  const v = form.getValues();
  const ms = (key: 'ms' | 'minMs' | 'maxMs' | 'medianMs', label: string) => (
    <NumberInput
      label={label}
      min={0}
      max={MAX_DELAY_MS}
      step={50}
      clampBehavior="none"
      allowDecimal={false}
      {...form.getInputProps(key)}
    />
  );
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select label="Delay" allowDeselect={false} data={DELAY_TYPES} {...form.getInputProps('delayType')} />
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
            <NumberInput
              label="Sigma"
              min={0}
              max={MAX_SIGMA}
              step={0.1}
              decimalScale={3}
              clampBehavior="none"
              {...form.getInputProps('sigma')}
            />
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
        <Select label="Fault" allowDeselect={false} data={FAULT_OPTIONS} {...form.getInputProps('fault')} />
        <NumberInput
          label="Failure status"
          min={100}
          max={599}
          clampBehavior="none"
          allowDecimal={false}
          {...form.getInputProps('failureStatus')}
        />
      </SimpleGrid>
      {failureBody}
    </>
  );
}
