import { Alert, Button, Group, NumberInput, Select, Stack, Switch } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ChaosPolicy, Delay, Fault, Project } from '@/features/projects/api/types';
import { useUpdateProject } from '@/features/projects/api/update-project';
import { SettingsCard } from '@/features/projects/components/settings-card';
import { toApiError } from '@/lib/api-error';
import { notifySuccess } from '@/lib/notify';

type DelayType = 'none' | Delay['type'];
type Values = {
  enabled: boolean;
  delayType: DelayType;
  ms: number;
  minMs: number;
  maxMs: number;
  medianMs: number;
  sigma: number;
  failureRate: number;
  failureStatus: number;
  fault: Fault;
};

const MAX_MS = 60_000;
const faults: { value: Fault; label: string }[] = [
  { value: 'http_error', label: 'HTTP error (the failure status)' },
  { value: 'connection_reset', label: 'Connection reset' },
  { value: 'empty_response', label: 'Empty response' },
  { value: 'malformed_body', label: 'Malformed body' },
];

function toValues(enabled: boolean, policy: ChaosPolicy | null): Values {
  const d = policy?.delay;
  return {
    enabled,
    delayType: d?.type ?? 'none',
    ms: d?.type === 'fixed' ? d.ms : 500,
    minMs: d?.type === 'uniform' ? d.minMs : 100,
    maxMs: d?.type === 'uniform' ? d.maxMs : 1000,
    medianMs: d?.type === 'lognormal' ? d.medianMs : 300,
    sigma: d?.type === 'lognormal' ? d.sigma : 0.5,
    failureRate: policy?.failureRate ?? 0,
    failureStatus: policy?.failureStatus ?? 503,
    fault: policy?.fault ?? 'http_error',
  };
}

function toPolicy(v: Values): ChaosPolicy {
  const delay: Delay | null =
    v.delayType === 'fixed'
      ? { type: 'fixed', ms: v.ms }
      : v.delayType === 'uniform'
        ? { type: 'uniform', minMs: v.minMs, maxMs: v.maxMs }
        : v.delayType === 'lognormal'
          ? { type: 'lognormal', medianMs: v.medianMs, sigma: v.sigma }
          : null;
  return { delay, failureRate: v.failureRate, failureStatus: v.failureStatus, failureBody: null, fault: v.fault };
}

const ms = (v: number) => (Number.isFinite(v) && v >= 0 && v <= MAX_MS ? null : `0 to ${MAX_MS} ms`);

/** Chaos mode: one delay and failure policy applied to every endpoint of the project while on. */
export function ChaosModeForm({ project, canEdit }: { project: Project; canEdit: boolean }) {
  const update = useUpdateProject(project.id);
  const { enabled, policy } = project.settings.chaosMode;
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: toValues(enabled, policy),
    validate: {
      ms: (v, all) => (all.delayType === 'fixed' ? ms(v) : null),
      minMs: (v, all) => (all.delayType === 'uniform' ? ms(v) : null),
      maxMs: (v, all) =>
        all.delayType !== 'uniform' ? null : (ms(v) ?? (v < all.minMs ? 'At least the minimum' : null)),
      medianMs: (v, all) => (all.delayType === 'lognormal' ? ms(v) : null),
      sigma: (v, all) => (all.delayType !== 'lognormal' || (typeof v === 'number' && v >= 0 && v <= 3) ? null : '0 to 3'),
      failureRate: (v) => (typeof v === 'number' && v >= 0 && v <= 1 ? null : 'A share from 0 to 1'),
      failureStatus: (v) => (Number.isInteger(v) && v >= 100 && v <= 599 ? null : '100 to 599'),
    },
  });
  const v = form.getValues();

  const submit = form.onSubmit((values) =>
    update.mutate(
      {
        settings: {
          chaosMode: values.enabled
            ? { enabled: true, policy: toPolicy(values) }
            : { enabled: false, policy: policy ?? null },
        },
      },
      {
        onSuccess: (p) => notifySuccess(p.settings.chaosMode.enabled ? 'Chaos mode is on' : 'Chaos mode is off'),
      },
    ),
  );

  return (
    <SettingsCard
      title="Chaos mode"
      description="While on, every mock call of the project gets this latency and failure policy, on top of each endpoint's own."
    >
      <form onSubmit={submit} noValidate>
        <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack>
            <Switch label="Chaos mode" {...form.getInputProps('enabled', { type: 'checkbox' })} />
            {v.enabled && (
              <>
                <Group align="flex-start">
                  <Select
                    label="Delay"
                    w={180}
                    allowDeselect={false}
                    data={[
                      { value: 'none', label: 'No delay' },
                      { value: 'fixed', label: 'Fixed' },
                      { value: 'uniform', label: 'Uniform range' },
                      { value: 'lognormal', label: 'Log-normal' },
                    ]}
                    {...form.getInputProps('delayType')}
                  />
                  {v.delayType === 'fixed' && <NumberInput label="Delay (ms)" w={140} min={0} max={MAX_MS} {...form.getInputProps('ms')} />}
                  {v.delayType === 'uniform' && (
                    <>
                      <NumberInput label="Minimum (ms)" w={140} min={0} max={MAX_MS} {...form.getInputProps('minMs')} />
                      <NumberInput label="Maximum (ms)" w={140} min={0} max={MAX_MS} {...form.getInputProps('maxMs')} />
                    </>
                  )}
                  {v.delayType === 'lognormal' && (
                    <>
                      <NumberInput label="Median (ms)" w={140} min={0} max={MAX_MS} {...form.getInputProps('medianMs')} />
                      <NumberInput label="Sigma" w={100} min={0} max={3} step={0.1} decimalScale={2} {...form.getInputProps('sigma')} />
                    </>
                  )}
                </Group>
                <Group align="flex-start">
                  <NumberInput
                    label="Failure rate"
                    description="0 never, 1 always"
                    w={140}
                    min={0}
                    max={1}
                    step={0.05}
                    decimalScale={3}
                    {...form.getInputProps('failureRate')}
                  />
                  <NumberInput label="Failure status" w={140} min={100} max={599} {...form.getInputProps('failureStatus')} />
                  <Select label="Fault" w={260} allowDeselect={false} data={faults} {...form.getInputProps('fault')} />
                </Group>
              </>
            )}
            {update.isError && (
              <Alert color="red" role="alert">
                {toApiError(update.error).message}
              </Alert>
            )}
            {canEdit && (
              <Group>
                <Button type="submit" loading={update.isPending}>
                  Save chaos mode
                </Button>
              </Group>
            )}
          </Stack>
        </fieldset>
      </form>
    </SettingsCard>
  );
}
