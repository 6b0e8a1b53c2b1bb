import { screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import { EndpointsTab } from '@/features/endpoints/components/endpoints-tab';
import { endpointFixture, renderWithProviders, SLOW, stubApi } from '@/features/endpoints/testing/render';
import { api } from '@/lib/api-client';
import { ApiError, problemType } from '@/lib/api-error';

vi.mock('@/lib/api-client', () => ({ api: { get: vi.fn(), post: vi.fn(), put: vi.fn(), delete: vi.fn() } }));

const stateful = endpointFixture({
  id: 8,
  method: 'POST',
  path: '/users',
  chaos: null,
  state: { collection: 'users', action: 'create' },
});

describe('EndpointsTab', SLOW, () => {
  beforeEach(() => {
    vi.resetAllMocks();
  });

  it('lists endpoints with their status, chaos and state badges', async () => {
    stubApi([endpointFixture(), stateful]);
    renderWithProviders(<EndpointsTab projectId={1} role="EDITOR" />);

    const table = await screen.findByRole('table', { name: 'Endpoints' });
    expect(within(table).getByText('/users/{id}')).toBeInTheDocument();
    expect(within(table).getByLabelText('Chaos: 50..250 ms, 10% 503')).toBeInTheDocument();
    expect(within(table).getByLabelText('State: create on users')).toBeInTheDocument();
    expect(within(table).getByRole('switch', { name: 'Enabled GET /users/{id}' })).toBeChecked();
  });

  it('shows an empty state', async () => {
    stubApi([]);
    renderWithProviders(<EndpointsTab projectId={1} role="EDITOR" />);
    expect(await screen.findByText('No endpoints yet')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'New endpoint' })).toHaveLength(2);
  });

  it('gives a Viewer no create, edit, delete or switch controls', async () => {
    stubApi([endpointFixture(), stateful]);
    const { user } = renderWithProviders(<EndpointsTab projectId={1} role="VIEWER" />);

    await screen.findByRole('table', { name: 'Endpoints' });
    expect(screen.queryByRole('button', { name: 'New endpoint' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add CRUD resource' })).not.toBeInTheDocument();
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit / })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Delete / })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try it' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'View GET /users/{id}' }));
    const dialog = await screen.findByRole('dialog', { name: 'GET /users/{id}' });
    expect(within(dialog).getByLabelText(/^Path/)).toBeDisabled();
    expect(within(dialog).queryByRole('button', { name: 'Save endpoint' })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Add header' })).not.toBeInTheDocument();
  });

  it('switches an endpoint off with its version and explains a stale one', async () => {
    stubApi([endpointFixture()]);
    vi.mocked(api.put).mockRejectedValue(
      new ApiError('Endpoint 7 was changed by someone else (version 4, you sent 3); reload it', 409, {
        type: 'urn:mockapi:problem:stale-version',
        title: 'Stale version',
      }),
    );
    const { user } = renderWithProviders(<EndpointsTab projectId={1} role="EDITOR" />);

    await user.click(await screen.findByRole('switch', { name: 'Enabled GET /users/{id}' }));

    expect(await screen.findByText(/was changed elsewhere since this list was loaded/)).toBeInTheDocument();
    expect(vi.mocked(api.put).mock.calls[0][1]).toMatchObject({ enabled: false, version: 3 });
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('deletes after a confirmation', async () => {
    stubApi([endpointFixture()]);
    vi.mocked(api.delete).mockResolvedValue({ data: undefined });
    const { user } = renderWithProviders(<EndpointsTab projectId={1} role="ADMIN" />);

    await user.click(await screen.findByRole('button', { name: 'Delete GET /users/{id}' }));
    expect(api.delete).not.toHaveBeenCalled();
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Delete GET /users/{id}' })).getByRole('button', {
        name: 'Delete',
      }),
    );

    expect(api.delete).toHaveBeenCalledWith('/projects/1/endpoints/7');
  });

  it('names the clashing endpoint when a CRUD resource is refused', async () => {
    stubApi([]);
    vi.mocked(api.post).mockRejectedValue(
      new ApiError('GET /users is already defined by endpoint 3 of this project', 409, {
        type: problemType('conflict'),
        title: 'Conflict',
      }),
    );
    const { user } = renderWithProviders(<EndpointsTab projectId={1} role="EDITOR" />);
    await user.click(await screen.findByRole('button', { name: 'Add CRUD resource' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add CRUD resource' });

    await user.click(within(dialog).getByRole('button', { name: 'Create resource' }));
    expect(await within(dialog).findByText('1 to 64 letters, digits, _ or -')).toBeInTheDocument();
    expect(api.post).not.toHaveBeenCalled();

    await user.type(within(dialog).getByLabelText(/^Resource name/), 'users');
    await user.click(within(dialog).getByRole('button', { name: 'Create resource' }));

    expect(await within(dialog).findByText(/^Route clash: .*already defined by endpoint 3/)).toBeInTheDocument();
    expect(api.post).toHaveBeenCalledWith('/projects/1/resources', { name: 'users', seedCount: 0 });
  });

  it('does not call another refusal of a CRUD resource a route clash', async () => {
    stubApi([]);
    vi.mocked(api.post).mockRejectedValue(
      new ApiError('The project holds the maximum of 100 endpoints', 409, {
        type: problemType('quota-exceeded'),
        title: 'Quota exceeded',
      }),
    );
    const { user } = renderWithProviders(<EndpointsTab projectId={1} role="EDITOR" />);
    await user.click(await screen.findByRole('button', { name: 'Add CRUD resource' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add CRUD resource' });

    await user.type(within(dialog).getByLabelText(/^Resource name/), 'users');
    await user.click(within(dialog).getByRole('button', { name: 'Create resource' }));

    expect(await within(dialog).findByText('The project holds the maximum of 100 endpoints')).toBeInTheDocument();
    expect(within(dialog).queryByText(/Route clash/)).not.toBeInTheDocument();
  });
});
