import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OrgPage } from '@/features/orgs/components/org-page';
import type { Role } from '@/lib/roles';
import { fakeApi, problem, type FakeHandler, type FakeReply } from '@/testing/fake-api';
import { renderPage } from '@/testing/render';

function orgAs(role: Role, more: Record<string, FakeHandler | FakeReply> = {}) {
  const api = fakeApi({
    'GET /me': [
      200,
      { id: 2, email: 'me@example.com', displayName: 'Me', memberships: [{ orgId: 1, orgName: 'Acme', role }] },
    ],
    'GET /orgs/1': [200, { id: 1, name: 'Acme', slug: 'acme', role, createdAt: '2026-01-01T00:00:00Z' }],
    'GET /orgs/1/projects': [
      200,
      [
        {
          id: 5,
          orgId: 1,
          name: 'Shop',
          slug: 'shop',
          description: null,
          mockBaseUrl: 'http://localhost:8001/mock/shop',
          createdAt: '',
        },
      ],
    ],
    'GET /orgs/1/members': [
      200,
      [
        { userId: 1, email: 'owner@example.com', displayName: 'Olga', role: 'OWNER', joinedAt: '' },
        { userId: 2, email: 'me@example.com', displayName: 'Me', role, joinedAt: '' },
        { userId: 3, email: 'ed@example.com', displayName: 'Ed', role: 'EDITOR', joinedAt: '' },
      ],
    ],
    ...more,
  });
  return { api, ...renderPage(<OrgPage />, { path: '/orgs/:orgId', route: '/orgs/1', signedIn: true }) };
}

describe('OrgPage role-based visibility', () => {
  it('shows a Viewer the projects and members but no create, delete or member controls', async () => {
    orgAs('VIEWER');

    expect(await screen.findByRole('link', { name: 'Shop' })).toBeInTheDocument();
    expect(await screen.findByText('ed@example.com')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New project' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /delete/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add member' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /remove/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /role of/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /rename/i })).not.toBeInTheDocument();
    // Leaving is everyone's right.
    expect(screen.getByRole('button', { name: 'Leave' })).toBeInTheDocument();
  });

  it('gives an Admin project and member controls, but none over the Owner', async () => {
    orgAs('ADMIN');

    expect(await screen.findByRole('button', { name: 'New project' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Delete project Shop' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add member' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Remove ed@example.com' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove owner@example.com' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete organization' })).not.toBeInTheDocument();
    const members = screen.getByRole('region', { name: 'Members' });
    expect(within(members).getByRole('textbox', { name: 'Role of ed@example.com' })).toBeInTheDocument();
  });

  it('lets the Owner delete the organization and manage the other Owner', async () => {
    orgAs('OWNER');

    expect(await screen.findByRole('button', { name: 'Delete organization' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Remove owner@example.com' })).toBeInTheDocument();
  });
});

describe('OrgPage rename', () => {
  it('shows an Editor no rename control', async () => {
    orgAs('EDITOR');

    expect(await screen.findByRole('link', { name: 'Shop' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rename organization' })).not.toBeInTheDocument();
  });

  it('lets an Admin rename the organization: checks the name, sends it trimmed, shows the new one', async () => {
    const user = userEvent.setup();
    const { api } = orgAs('ADMIN', {
      'PATCH /orgs/1': (config) => [
        200,
        { id: 1, name: JSON.parse(config.data).name, slug: 'acme', role: 'ADMIN', createdAt: '2026-01-01T00:00:00Z' },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Rename organization' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename organization' });
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    expect(name).toHaveValue('Acme');
    await user.clear(name);
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(within(dialog).getByText('Enter a name')).toBeInTheDocument();
    expect(api.called('PATCH /orgs/1')).toHaveLength(0);

    await user.type(name, '  Acme Labs  ');
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));

    expect(await screen.findByRole('heading', { name: 'Acme Labs' })).toBeInTheDocument();
    expect(JSON.parse(api.called('PATCH /orgs/1')[0].data)).toEqual({ name: 'Acme Labs' });
    expect(await screen.findByText('Organization renamed to Acme Labs')).toBeInTheDocument();
    // The project page's breadcrumbs take the org name from /me.
    await waitFor(() => expect(api.called('GET /me')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Rename organization' })).not.toBeInTheDocument());
  });

  it('shows the server refusal in the dialog and keeps the old name', async () => {
    const user = userEvent.setup();
    orgAs('ADMIN', {
      'PATCH /orgs/1': problem(403, 'Forbidden', 'This needs the ADMIN role or higher; you are EDITOR'),
    });

    await user.click(await screen.findByRole('button', { name: 'Rename organization' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename organization' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), ' Labs');
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This needs the ADMIN role or higher; you are EDITOR',
    );
    expect(screen.getByRole('heading', { name: 'Acme' })).toBeInTheDocument();
  });
});
