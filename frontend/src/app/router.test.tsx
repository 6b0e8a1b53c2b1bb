import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { createQueryClient } from '@/lib/query-client';
import { tokenStorage } from '@/lib/token-storage';
import { fakeApi } from '@/testing/fake-api';

const me = {
  id: 2,
  email: 'me@example.com',
  displayName: 'Me',
  memberships: [{ orgId: 1, orgName: 'Acme', role: 'EDITOR' }],
};
const project = {
  id: 5,
  orgId: 1,
  name: 'Shop',
  slug: 'shop',
  description: null,
  mockBaseUrl: 'http://localhost:8001/mock/shop',
  settings: {
    chaosMode: { enabled: false, policy: null },
    cors: { allowedOrigins: [], allowCredentials: false },
    apiKeyRequired: false,
    fakerLocale: 'en',
  },
  apiKeyIssued: false,
  createdAt: '2026-01-01T00:00:00Z',
};

/** The app's own routes, signed in, at `route`: pages and project tabs load as they do in the browser. */
function renderApp(route: string) {
  tokenStorage.set({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity } });
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
}

describe('routes', () => {
  it('load the page of the address on demand', async () => {
    fakeApi({ 'GET /me': [200, me], 'GET /orgs': [200, []] });
    renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Organizations' })).toBeInTheDocument();
    expect(await screen.findByText('No organizations yet')).toBeInTheDocument();
  });

  it('load the project tab of the address on demand, inside the project page', async () => {
    fakeApi({
      'GET /me': [200, me],
      'GET /projects/5': [200, project],
      'GET /projects/5/endpoints': [200, []],
      'GET /templates/faker': [200, []],
    });
    renderApp('/projects/5/endpoints');

    expect(await screen.findByRole('heading', { name: 'Shop' })).toBeInTheDocument();
    expect(await screen.findByText('No endpoints yet', {}, { timeout: 5_000 })).toBeInTheDocument();
  });

  it('give the project page the import and export actions, Import for an Editor', async () => {
    fakeApi({
      'GET /me': [200, me],
      'GET /projects/5': [200, project],
      'GET /projects/5/state': [200, { collections: [] }],
    });
    renderApp('/projects/5/state');

    expect(await screen.findByRole('button', { name: 'Export YAML' }, { timeout: 5_000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export OpenAPI' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Import' })).toBeInTheDocument();
  });
});
