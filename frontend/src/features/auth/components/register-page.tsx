import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { AuthCard } from '@/features/auth/components/auth-card';
import { MIN_PASSWORD, validateEmail } from '@/features/auth/validation';
import { toApiError } from '@/lib/api-error';
import { useAuth } from '@/lib/auth';

export function RegisterPage() {
  const { register, isAuthenticated } = useAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { displayName: '', email: '', password: '', confirm: '' },
    validate: {
      displayName: (v) => (v.trim().length > 100 ? 'Use at most 100 characters' : null),
      email: validateEmail,
      password: (v) => (v.length >= MIN_PASSWORD ? null : `Use at least ${MIN_PASSWORD} characters`),
      confirm: (v, values) => (v === values.password ? null : 'The passwords do not match'),
    },
  });

  if (isAuthenticated && !submitting) return <Navigate to={paths.home} replace />;

  const submit = form.onSubmit(async (values) => {
    setError(null);
    setSubmitting(true);
    try {
      await register({
        email: values.email.trim(),
        password: values.password,
        displayName: values.displayName.trim() || undefined,
      });
      navigate(paths.home, { replace: true });
    } catch (e) {
      const apiError = toApiError(e);
      setError(apiError.message);
      form.setErrors(apiError.fieldErrors);
      setSubmitting(false);
    }
  });

  return (
    <AuthCard title="Create your account" subtitle="Define mock APIs with your team in minutes.">
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && (
            <Alert color="red" role="alert" title="Could not create the account">
              {error}
            </Alert>
          )}
          <TextInput
            label="Display name"
            description="Optional; defaults to the part of your email before @"
            autoComplete="name"
            {...form.getInputProps('displayName')}
          />
          <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordInput
            label="Password"
            description={`At least ${MIN_PASSWORD} characters`}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label="Confirm password"
            autoComplete="new-password"
            required
            {...form.getInputProps('confirm')}
          />
          <Button type="submit" loading={submitting}>
            Create account
          </Button>
          <Text size="sm" ta="center">
            Already registered?{' '}
            <Anchor component={Link} to={paths.login}>
              Sign in
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
