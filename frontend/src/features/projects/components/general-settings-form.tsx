import { Switch, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useUpdateProject } from '@/features/projects/api/update-project';
import type { Project } from '@/features/projects/api/types';
import { SettingsCard, SettingsForm } from '@/features/projects/components/settings-card';
import { toApiError } from '@/lib/api-error';
import { notifySuccess } from '@/lib/notify';

const ORIGIN = /^https?:\/\/[^/\s?#]+$/;
const LOCALE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

export function GeneralSettingsForm({ project, canEdit }: { project: Project; canEdit: boolean }) {
  const update = useUpdateProject(project.id);
  const { cors, apiKeyRequired, fakerLocale } = project.settings;
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      allowedOrigins: cors.allowedOrigins,
      allowCredentials: cors.allowCredentials,
      apiKeyRequired,
      fakerLocale,
    },
    validate: {
      allowedOrigins: (list) => {
        if (list.length > 50) return 'At most 50 origins';
        const bad = list.find((o) => o !== '*' && (!ORIGIN.test(o) || o.length > 255));
        return bad ? `"${bad}" is not * or an http(s) origin without a path` : null;
      },
      allowCredentials: (v, values) =>
        v && values.allowedOrigins.includes('*') ? 'Credentials cannot be allowed with the * origin' : null,
      fakerLocale: (v) => (LOCALE.test(v) && v.length <= 20 ? null : 'A language tag such as en, en-US or pt-BR'),
    },
  });

  const submit = form.onSubmit((v) =>
    update.mutate(
      {
        settings: {
          cors: { allowedOrigins: v.allowedOrigins, allowCredentials: v.allowCredentials },
          apiKeyRequired: v.apiKeyRequired,
          fakerLocale: v.fakerLocale,
        },
      },
      {
        onSuccess: () => notifySuccess('Settings saved'),
        onError: (e) => form.setErrors(mapFieldErrors(toApiError(e).fieldErrors)),
      },
    ),
  );

  return (
    <SettingsCard title="General" description="How the mock engine answers browsers and generates fake data.">
      <SettingsForm
        onSubmit={submit}
        canEdit={canEdit}
        error={update.error}
        saving={update.isPending}
        saveLabel="Save settings"
      >
        <TagsInput
          label="CORS allowed origins"
          description="* or origins such as https://app.example.com; press Enter after each"
          {...form.getInputProps('allowedOrigins')}
        />
        <Switch
          label="Allow credentials (cookies) in CORS"
          {...form.getInputProps('allowCredentials', { type: 'checkbox' })}
        />
        <TextInput
          label="Faker locale"
          description="Language of generated data"
          w={200}
          {...form.getInputProps('fakerLocale')}
        />
        <Switch
          label="Require the API key on mock calls"
          {...form.getInputProps('apiKeyRequired', { type: 'checkbox' })}
        />
      </SettingsForm>
    </SettingsCard>
  );
}

/** Server paths (settings.cors.allowedOrigins[0]) to form fields. */
function mapFieldErrors(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    if (field.includes('allowedOrigins')) out.allowedOrigins = message;
    else if (field.includes('allowCredentials') || field.endsWith('cors')) out.allowCredentials = message;
    else if (field.includes('fakerLocale')) out.fakerLocale = message;
    else if (field.includes('apiKeyRequired')) out.apiKeyRequired = message;
  }
  return out;
}
