import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LoginPage } from '@/features/auth/components/login-page';
import { fakeApi, problem } from '@/testing/fake-api';
import { renderPage } from '@/testing/render';

describe('LoginPage', () => {
  it('validates before sending', async () => {
    const fake = fakeApi({});
    renderPage(<LoginPage />, { path: '/login' });

    await userEvent.type(screen.getByLabelText(/email/i), 'not-an-email');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter a valid email address')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(fake.calls).toHaveLength(0);
  });

  it('shows a readable message when the server refuses the credentials', async () => {
    const fake = fakeApi({ 'POST /auth/login': problem(401, 'Unauthorized', 'Bad credentials') });
    renderPage(<LoginPage />, { path: '/login' });

    await userEvent.type(screen.getByLabelText(/email/i), 'ada@example.com');
    await userEvent.type(screen.getByLabelText(/password/i), 'wrong-password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password.');
    expect(fake.called('POST /auth/login')).toHaveLength(1);
  });

  it('shows the server problem detail, such as the login throttle', async () => {
    fakeApi({ 'POST /auth/login': problem(429, 'Too Many Requests', 'Too many failed sign-ins; retry in 60 s') });
    renderPage(<LoginPage />, { path: '/login' });

    await userEvent.type(screen.getByLabelText(/email/i), 'ada@example.com');
    await userEvent.type(screen.getByLabelText(/password/i), 'whatever1');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many failed sign-ins; retry in 60 s');
  });

  it('signs in, loads the user and leaves the page', async () => {
    fakeApi({
      'POST /auth/login': [200, { accessToken: 'a', refreshToken: 'r', tokenType: 'Bearer', expiresIn: 900 }],
      'GET /me': [200, { id: 1, email: 'ada@example.com', displayName: 'Ada', memberships: [] }],
    });
    const { router } = renderPage(<LoginPage />, { path: '/login' });

    await userEvent.type(screen.getByLabelText(/email/i), 'ada@example.com');
    await userEvent.type(screen.getByLabelText(/password/i), 'correct-horse-1');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(localStorage.getItem('mockapi.tokens')).toContain('"accessToken":"a"');
  });
});
