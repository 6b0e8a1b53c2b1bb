import { Switch } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ChaosPolicyFields } from '@/components/chaos/chaos-policy-fields';
import type { Project } from '@/features/projects/api/types';
import { useUpdateProject } from '@/features/projects/api/update-project';
import { SettingsCard, SettingsForm } from '@/features/projects/components/settings-card';
import { chaosErrors, chaosFormValues, toChaosPolicy, type ChaosFormValues } from '@/lib/chaos';
import { notifySuccess } from '@/lib/notify';

type Values = ChaosFormValues & { enabled: boolean };

/** Chaos mode: one delay and failure policy applied to every endpoint of the project while on. */
export function ChaosModeForm({ project, canEdit }: { project: Project; canEdit: boolean }) {
  const update = useUpdateProject(project.id);
  const { enabled, policy } = project.settings.chaosMode;
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { enabled, ...chaosFormValues(policy) },
    // Off sends the stored policy back unchanged, so only a policy about to be switched on is checked.
    validate: (values) => (values.enabled ? chaosErrors(values) : {}),
  });
  const v = form.getValues();

  const submit = form.onSubmit((values) =>
    update.mutate(
      {
        settings: {
          chaosMode: values.enabled
            ? { enabled: true, policy: toChaosPolicy(values) }
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
      description="While on, every endpoint without chaos of its own gets this latency and failure policy."
    >
      <SettingsForm
        onSubmit={submit}
        canEdit={canEdit}
        error={update.error}
        saving={update.isPending}
        saveLabel="Save chaos mode"
      >
        <Switch label="Chaos mode" {...form.getInputProps('enabled', { type: 'checkbox' })} />
        {v.enabled && <ChaosPolicyFields form={form} />}
      </SettingsForm>
    </SettingsCard>
  );
}
