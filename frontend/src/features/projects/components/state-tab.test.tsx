import { screen } from '@testing-library/react';
import { StateTab } from '@/features/projects/components/state-tab';
import type { Role } from '@/lib/roles';
import { fakeApi } from '@/testing/fake-api';
import { renderPage } from '@/testing/render';

function stateAs(role: Role, collections = [{ name: 'users', count: 3 }]) {
  fakeApi({
    'GET /me': [200, { id: 1, email: 'me@example.com', displayName: 'Me', memberships: [] }],
    'GET /projects/7/state': [200, { collections }],
  });
  renderPage(<StateTab projectId={7} role={role} />, { signedIn: true });
}

describe('StateTab', () => {
  it('shows a Viewer the counts without reset controls', async () => {
    stateAs('VIEWER');

    expect(await screen.findByRole('cell', { name: 'users' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '3' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /reset/i })).not.toBeInTheDocument();
  });

  it('gives an Editor reset one and reset all', async () => {
    stateAs('EDITOR');

    expect(await screen.findByRole('button', { name: 'Reset users' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset all' })).toBeInTheDocument();
  });

  it('has an empty state', async () => {
    stateAs('EDITOR', []);

    expect(await screen.findByText('No state yet')).toBeInTheDocument();
  });
});
