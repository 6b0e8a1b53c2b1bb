import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { paths } from '@/config/paths';
import { AuthCard } from '@/features/auth/components/auth-card';
import { useRedirectAfterAuth } from '@/features/auth/hooks/use-redirect-after-auth';
import { validateEmail } from '@/features/auth/validation';
import { toApiError } from '@/lib/api-error';
import { useAuth } from '@/lib/auth';

export function LoginPage() {
  const { login, isAuthenticated } = useAuth();
  const redirect = useRedirectAfterAuth();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    validate: {
      email: validateEmail,
      password: (v) => (v ? null : 'Enter your password'),
    },
  });

  if (isAuthenticated && !submitting) return <Navigate to={redirect.target} replace />;

  const submit = form.onSubmit(async (values) => {
    setError(null);
    setSubmitting(true);
    try {
      await login({ email: values.email.trim(), password: values.password });
      redirect.go();
    } catch (e) {
      const apiError = toApiError(e);
      setError(apiError.status === 401 ? 'Wrong email or password.' : apiError.message);
      form.setErrors(apiError.fieldErrors);
      setSubmitting(false);
    }
  });

  return (
    <AuthCard title="Sign in" subtitle="Welcome back. Sign in to manage your mock APIs.">
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && (
            <Alert color="red" role="alert" title="Could not sign in">
              {error}
            </Alert>
          )}
          <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={submitting}>
            Sign in
          </Button>
          <Text size="sm" ta="center">
            No account yet?{' '}
            <Anchor component={Link} to={paths.register}>
              Create one
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
