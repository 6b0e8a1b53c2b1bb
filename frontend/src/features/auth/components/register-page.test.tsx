import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RegisterPage } from '@/features/auth/components/register-page';
import { fakeApi, problem } from '@/testing/fake-api';
import { renderPage } from '@/testing/render';

async function fill(email: string, password: string, confirm = password) {
  await userEvent.type(screen.getByLabelText(/^email/i), email);
  await userEvent.type(screen.getByLabelText(/^password/i), password);
  await userEvent.type(screen.getByLabelText(/confirm password/i), confirm);
  await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('RegisterPage', () => {
  it('validates before sending: password length and confirmation', async () => {
    const fake = fakeApi({});
    renderPage(<RegisterPage />, { path: '/register' });

    await fill('ada@example.com', 'short', 'other');

    expect(await screen.findByText('Use at least 8 characters')).toBeInTheDocument();
    expect(screen.getByText('The passwords do not match')).toBeInTheDocument();
    expect(fake.calls).toHaveLength(0);
  });

  it('shows the server error when the email is taken', async () => {
    const fake = fakeApi({
      'POST /auth/register': problem(409, 'Conflict', 'An account with this email already exists'),
    });
    renderPage(<RegisterPage />, { path: '/register' });

    await fill('ada@example.com', 'correct-horse-1');

    expect(await screen.findByRole('alert')).toHaveTextContent('An account with this email already exists');
    expect(fake.called('POST /auth/login')).toHaveLength(0);
  });

  it('puts server field errors next to their input', async () => {
    fakeApi({
      'POST /auth/register': problem(400, 'Bad Request', 'Invalid request content.', [
        { field: 'password', message: 'size must be between 8 and 200' },
      ]),
    });
    renderPage(<RegisterPage />, { path: '/register' });

    await fill('ada@example.com', 'correct-horse-1');

    expect(await screen.findByText('size must be between 8 and 200')).toBeInTheDocument();
  });
});
