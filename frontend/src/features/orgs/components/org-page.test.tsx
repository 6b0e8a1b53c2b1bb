import { screen, within } from '@testing-library/react';
import { OrgPage } from '@/features/orgs/components/org-page';
import type { Role } from '@/lib/roles';
import { fakeApi } from '@/testing/fake-api';
import { renderPage } from '@/testing/render';

function orgAs(role: Role) {
  fakeApi({
    'GET /me': [200, { id: 2, email: 'me@example.com', displayName: 'Me', memberships: [{ orgId: 1, orgName: 'Acme', role }] }],
    'GET /orgs/1': [200, { id: 1, name: 'Acme', slug: 'acme', role, createdAt: '2026-01-01T00:00:00Z' }],
    'GET /orgs/1/projects': [
      200,
      [{ id: 5, orgId: 1, name: 'Shop', slug: 'shop', description: null, mockBaseUrl: 'http://localhost:8001/mock/shop', createdAt: '' }],
    ],
    'GET /orgs/1/members': [
      200,
      [
        { userId: 1, email: 'owner@example.com', displayName: 'Olga', role: 'OWNER', joinedAt: '' },
        { userId: 2, email: 'me@example.com', displayName: 'Me', role, joinedAt: '' },
        { userId: 3, email: 'ed@example.com', displayName: 'Ed', role: 'EDITOR', joinedAt: '' },
      ],
    ],
  });
  return renderPage(<OrgPage />, { path: '/orgs/:orgId', route: '/orgs/1', signedIn: true });
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
