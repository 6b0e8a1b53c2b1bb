import { screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import { EndpointsTab } from '@/features/endpoints/components/endpoints-tab';
import { renderWithProviders, SLOW, stubApi } from '@/features/endpoints/testing/render';

vi.mock('@/lib/api-client', () => ({ api: { get: vi.fn(), post: vi.fn(), put: vi.fn(), delete: vi.fn() } }));

async function openTryIt() {
  const view = renderWithProviders(<EndpointsTab projectId={1} role="VIEWER" />);
  await view.user.click(await screen.findByRole('button', { name: 'Try it' }));
  const dialog = await screen.findByRole('dialog', { name: 'Try it' });
  await within(dialog).findByText('http://localhost:8001/mock/shop');
  return { ...view, dialog };
}

describe('TryIt', SLOW, () => {
  beforeEach(() => {
    vi.resetAllMocks();
    stubApi([]);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends the request to the mock URL and shows status, headers, body and time', async () => {
    const fetchMock = vi.fn().mockResolvedValue(
      new Response('{"name":"Ada","id":4}', {
        status: 201,
        statusText: 'Created',
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const { user, dialog } = await openTryIt();

    await user.selectOptions(within(dialog).getByLabelText('Method'), 'POST');
    const path = within(dialog).getByLabelText('Path');
    await user.clear(path);
    await user.type(path, '/users');
    await user.type(within(dialog).getByLabelText('Request headers'), 'X-Mock-Seed: 42');
    await user.click(within(dialog).getByLabelText('Request body'));
    await user.paste('{"name":"Ada"}');
    await user.click(within(dialog).getByRole('button', { name: 'Send' }));

    expect(await within(dialog).findByLabelText('Status 201')).toHaveTextContent('201 Created');
    expect(within(dialog).getByLabelText('Response body')).toHaveTextContent('"name": "Ada"');
    expect(within(dialog).getByText(/^\d+ ms$/)).toBeInTheDocument();
    expect(within(dialog).getByRole('table', { name: 'Response headers' })).toHaveTextContent('application/json');
    expect(fetchMock).toHaveBeenCalledWith('http://localhost:8001/mock/shop/users', {
      method: 'POST',
      headers: { 'X-Mock-Seed': '42', 'Content-Type': 'application/json' },
      body: '{"name":"Ada"}',
    });
  });

  it('says readably when no answer came', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    const { user, dialog } = await openTryIt();

    await user.click(within(dialog).getByRole('button', { name: 'Send' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /No answer from http:\/\/localhost:8001\/mock\/shop\/ .*connection was reset/,
    );
  });

  it('validates the path and the JSON body before sending', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const { user, dialog } = await openTryIt();
    const path = within(dialog).getByLabelText('Path');
    await user.clear(path);
    await user.type(path, 'users');
    await user.click(within(dialog).getByLabelText('Request body'));
    await user.paste('{oops');
    await user.click(within(dialog).getByRole('button', { name: 'Send' }));

    expect(await within(dialog).findByText("The path must start with '/'")).toBeInTheDocument();
    expect(within(dialog).getByText('Not valid JSON')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
