import { screen, waitFor, within } from '@testing-library/react';
import { vi } from 'vitest';
import { EndpointsTab } from '@/features/endpoints/components/endpoints-tab';
import { endpointFixture, renderWithProviders, SLOW, stubApi } from '@/features/endpoints/testing/render';
import { api } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { chooseOption } from '@/testing/choose-option';

vi.mock('@/lib/api-client', () => ({ api: { get: vi.fn(), post: vi.fn(), put: vi.fn(), delete: vi.fn() } }));

const endpointPosts = () => vi.mocked(api.post).mock.calls.filter(([url]) => url === '/projects/1/endpoints');

async function openNewEndpoint() {
  const view = renderWithProviders(<EndpointsTab projectId={1} role="EDITOR" />);
  await view.user.click(await screen.findByRole('button', { name: 'New endpoint' }));
  return { ...view, dialog: await screen.findByRole('dialog', { name: 'New endpoint' }) };
}

describe('EndpointEditor', SLOW, () => {
  beforeEach(() => {
    vi.resetAllMocks();
    stubApi([]);
  });

  it('validates before sending', async () => {
    const { user, dialog } = await openNewEndpoint();
    const path = within(dialog).getByLabelText(/^Path/);
    await user.clear(path);
    await user.type(path, 'users');
    const status = within(dialog).getByLabelText('Status');
    await user.clear(status);
    await user.type(status, '700');
    await user.click(within(dialog).getByRole('switch', { name: /Endpoint chaos/ }));
    const rate = within(dialog).getByLabelText(/Failure rate/);
    await user.clear(rate);
    await user.type(rate, '1.5');
    await user.click(within(dialog).getByRole('switch', { name: /State binding/ }));
    await user.selectOptions(within(dialog).getByLabelText(/^Action/), 'get');

    await user.click(within(dialog).getByRole('button', { name: 'Save endpoint' }));

    expect(await within(dialog).findByText("The path must start with '/'")).toBeInTheDocument();
    expect(within(dialog).getByText('Status must be a whole number from 100 to 599')).toBeInTheDocument();
    expect(within(dialog).getByText('Failure rate must be from 0 to 1')).toBeInTheDocument();
    expect(within(dialog).getByText('1 to 64 letters, digits, _ or -')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Path/)).toHaveAttribute('aria-invalid', 'true');
    expect(endpointPosts()).toHaveLength(0);
  });

  it('sends the whole contract when valid', async () => {
    vi.mocked(api.post).mockImplementation((async (url: string, body: unknown) =>
      url === '/projects/1/endpoints'
        ? { data: { ...endpointFixture(), ...(body as object) } }
        : { data: { output: '', json: false } }) as never);
    const { user, dialog } = await openNewEndpoint();
    await user.selectOptions(within(dialog).getByLabelText('Method'), 'POST');
    const path = within(dialog).getByLabelText(/^Path/);
    await user.clear(path);
    await user.type(path, '/users');
    await user.click(within(dialog).getByRole('switch', { name: /Endpoint chaos/ }));
    await chooseOption(user, 'Delay', 'Fixed');
    await user.click(within(dialog).getByRole('switch', { name: /State binding/ }));
    await user.type(within(dialog).getByLabelText('Collection'), 'users');
    await user.selectOptions(within(dialog).getByLabelText(/^Action/), 'create');

    await user.click(within(dialog).getByRole('button', { name: 'Save endpoint' }));

    await waitFor(() => expect(endpointPosts()).toHaveLength(1));
    expect(endpointPosts()[0][1]).toEqual({
      method: 'POST',
      path: '/users',
      description: null,
      enabled: true,
      priority: 0,
      response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: '' },
      chaos: {
        delay: { type: 'fixed', ms: 250 },
        failureRate: 0,
        failureStatus: 503,
        failureBody: null,
        fault: 'http_error',
      },
      state: { collection: 'users', action: 'create' },
    });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New endpoint' })).not.toBeInTheDocument());
  });

  it('shows the server field errors at their fields', async () => {
    vi.mocked(api.post).mockImplementation((async (url: string) => {
      if (url !== '/projects/1/endpoints') return { data: { output: '', json: false } };
      throw new ApiError('Invalid request', 400, {
        title: 'Invalid request',
        errors: [
          { field: 'path', message: 'parameter {id} appears twice' },
          { field: 'response.headers.Content-Type', message: 'value must not contain CR or LF' },
          { field: 'response.body', message: "line 1, column 3: unknown Faker function 'nmae'", line: 1, column: 3 },
          { field: 'somethingElse', message: 'is odd' },
        ],
      });
    }) as never);
    const { user, dialog } = await openNewEndpoint();
    const path = within(dialog).getByLabelText(/^Path/);
    await user.clear(path);
    await user.type(path, '/users/{{id}/{{id}');

    await user.click(within(dialog).getByRole('button', { name: 'Save endpoint' }));

    expect(await within(dialog).findByText('parameter {id} appears twice')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Path/)).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByText('value must not contain CR or LF')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Header 1 value')).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByText("line 1, column 3: unknown Faker function 'nmae'")).toBeInTheDocument();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('somethingElse: is odd');
  });

  it('edits with the version read and explains a stale version', async () => {
    stubApi([endpointFixture()]);
    vi.mocked(api.put).mockRejectedValue(
      new ApiError(
        'Endpoint 7 was changed by someone else (version 4, you sent 3); reload it and apply your change again',
        409,
        {
          type: 'urn:mockapi:problem:stale-version',
          title: 'Stale version',
          detail:
            'Endpoint 7 was changed by someone else (version 4, you sent 3); reload it and apply your change again',
        },
      ),
    );
    const { user } = renderWithProviders(<EndpointsTab projectId={1} role="EDITOR" />);
    await user.click(await screen.findByRole('button', { name: 'Edit GET /users/{id}' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit GET /users/{id}' });
    expect(within(dialog).getByLabelText('Minimum delay (ms)')).toHaveValue('50');

    await user.click(within(dialog).getByRole('button', { name: 'Save endpoint' }));

    expect(await within(dialog).findByText(/changed elsewhere since you loaded it/)).toBeInTheDocument();
    expect(vi.mocked(api.put).mock.calls[0][0]).toBe('/projects/1/endpoints/7');
    expect(vi.mocked(api.put).mock.calls[0][1]).toMatchObject({ version: 3, path: '/users/{id}' });
    expect(within(dialog).getByRole('button', { name: 'Reload endpoint' })).toBeInTheDocument();
  });
});
