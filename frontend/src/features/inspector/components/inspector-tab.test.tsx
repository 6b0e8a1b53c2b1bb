import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RequestLogEvent } from '@/features/inspector/api/types';
import { InspectorTab } from '@/features/inspector/components/inspector-tab';
import { ApiError } from '@/lib/api-error';
import type { Role } from '@/lib/roles';

type StompOptions = {
  onConnect?: (client: unknown) => void;
  onDisconnect?: () => void;
  onError?: (message: string) => void;
};

const mocks = vi.hoisted(() => ({
  api: { get: vi.fn(), delete: vi.fn() },
  stomp: {
    options: null as StompOptions | null,
    handlers: {} as Record<string, (message: { body: string }) => void>,
    activate: vi.fn(),
    deactivate: vi.fn(() => Promise.resolve()),
  },
}));

vi.mock('@/lib/api-client', () => ({ api: mocks.api }));
vi.mock('@/lib/stomp', () => ({
  createStompClient: (options: StompOptions) => {
    mocks.stomp.options = options;
    return { activate: mocks.stomp.activate, deactivate: mocks.stomp.deactivate };
  },
}));

let sequence = 0;
function logEvent(overrides: {
  method?: string;
  path?: string;
  status?: number;
  body?: string;
  id?: string;
}): RequestLogEvent {
  sequence += 1;
  return {
    id: overrides.id ?? `event-${sequence}`,
    timestamp: new Date(Date.UTC(2025, 0, 1, 12, 0, sequence)).toISOString(),
    projectId: 7,
    projectSlug: 'shop',
    endpointId: 3,
    matched: true,
    request: {
      method: overrides.method ?? 'GET',
      path: overrides.path ?? '/users',
      query: null,
      headers: { accept: 'application/json' },
      body: null,
      bodyTruncated: false,
    },
    response: {
      status: overrides.status ?? 200,
      headers: { 'content-type': 'application/json' },
      body: overrides.body ?? '[]',
      bodyTruncated: false,
    },
    durationMs: 12,
    chaos: { delayMs: 0, failed: false, fault: null },
  };
}

function renderTab(history: RequestLogEvent[], role: Role = 'VIEWER') {
  mocks.api.get.mockResolvedValue({ data: history });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <MantineProvider env="test">
      <QueryClientProvider client={queryClient}>
        <InspectorTab projectId={7} role={role} />
      </QueryClientProvider>
    </MantineProvider>,
  );
}

function connect() {
  act(() =>
    mocks.stomp.options?.onConnect?.({
      subscribe: (destination: string, handler: (message: { body: string }) => void) => {
        mocks.stomp.handlers[destination] = handler;
        return { unsubscribe: () => {} };
      },
    }),
  );
}

function emit(...events: RequestLogEvent[]) {
  const handler = mocks.stomp.handlers['/topic/projects/7/logs'];
  if (!handler) throw new Error('not subscribed');
  act(() => events.forEach((event) => handler({ body: JSON.stringify(event) })));
}

/** The paths of the log table's rows, top to bottom. */
function shownPaths(): string[] {
  const table = screen.getByRole('table', { name: 'Request log' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[2]?.textContent ?? '');
}

beforeEach(() => {
  mocks.api.get.mockReset();
  mocks.api.delete.mockReset();
  mocks.stomp.options = null;
  mocks.stomp.handlers = {};
  mocks.stomp.activate.mockClear();
  mocks.stomp.deactivate.mockClear();
});

describe('InspectorTab', () => {
  it('loads the history, then prepends live events without duplicates, newest first', async () => {
    const older = logEvent({ path: '/old' });
    const newer = logEvent({ path: '/new' });
    renderTab([newer, older]);

    expect(await screen.findByText('/old')).toBeInTheDocument();
    expect(mocks.api.get).toHaveBeenCalledWith('/projects/7/logs', { params: { limit: 200 } });
    expect(screen.getByRole('status')).toHaveTextContent('Connecting…');

    connect();
    expect(screen.getByRole('status')).toHaveTextContent('Live');
    emit(newer, logEvent({ path: '/live-1' }), logEvent({ path: '/live-2' }));

    expect(await screen.findByText('/live-2')).toBeInTheDocument();
    expect(shownPaths()).toEqual(['/live-2', '/live-1', '/new', '/old']);
  });

  it('narrows the rows by method, status class and path text', async () => {
    const user = userEvent.setup();
    renderTab([
      logEvent({ method: 'GET', path: '/users', status: 200 }),
      logEvent({ method: 'POST', path: '/users', status: 201 }),
      logEvent({ method: 'GET', path: '/orders', status: 404 }),
      logEvent({ method: 'DELETE', path: '/orders/1', status: 500 }),
    ]);
    await screen.findByText('/orders/1');

    await user.selectOptions(screen.getByLabelText('Method'), 'GET');
    expect(shownPaths()).toEqual(['/users', '/orders']);

    await user.selectOptions(screen.getByLabelText('Status'), '4xx');
    expect(shownPaths()).toEqual(['/orders']);

    await user.selectOptions(screen.getByLabelText('Method'), '');
    await user.selectOptions(screen.getByLabelText('Status'), '');
    await user.type(screen.getByLabelText('Search path'), 'ORDERS/');
    expect(shownPaths()).toEqual(['/orders/1']);

    await user.type(screen.getByLabelText('Search path'), 'nothing');
    expect(screen.getByText('No requests match these filters.')).toBeInTheDocument();
  });

  it('holds incoming events while paused and shows them on resume', async () => {
    const user = userEvent.setup();
    renderTab([logEvent({ path: '/before' })]);
    await screen.findByText('/before');
    connect();

    await user.click(screen.getByRole('button', { name: 'Pause' }));
    emit(logEvent({ path: '/held-1' }), logEvent({ path: '/held-2' }));

    expect(await screen.findByText(/2 new requests waiting/)).toBeInTheDocument();
    expect(shownPaths()).toEqual(['/before']);

    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(shownPaths()).toEqual(['/held-2', '/held-1', '/before']);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });

  it('opens a drawer with headers and the pretty-printed JSON body', async () => {
    const user = userEvent.setup();
    renderTab([logEvent({ path: '/users/1', body: '{"id":1,"name":"Ada"}' })]);
    const row = (await screen.findByText('/users/1')).closest('tr');
    if (!row) throw new Error('no row');

    row.focus();
    await user.keyboard('{Enter}');

    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByLabelText('Response body').textContent).toBe('{\n  "id": 1,\n  "name": "Ada"\n}');
    expect(within(drawer).getByRole('table', { name: 'Request headers' })).toHaveTextContent('accept');
    expect(within(drawer).getByRole('table', { name: 'Response headers' })).toHaveTextContent('application/json');
  });

  it('shows the chaos badge and the unmatched marker', async () => {
    const chaotic = logEvent({ path: '/slow', status: 503 });
    chaotic.chaos = { delayMs: 250, failed: true, fault: 'http_error' };
    const unmatched = { ...logEvent({ path: '/nowhere', status: 404 }), matched: false, endpointId: null };
    renderTab([chaotic, unmatched]);

    expect(await screen.findByText('Chaos: delay 250 ms · http_error')).toBeInTheDocument();
    expect(screen.getByText('Unmatched')).toBeInTheDocument();
  });

  it('hides Clear from Viewers', async () => {
    renderTab([logEvent({})], 'VIEWER');
    await screen.findByText('/users');
    expect(screen.queryByRole('button', { name: 'Clear' })).not.toBeInTheDocument();
  });

  it('asks before clearing, and cancelling keeps the rows', async () => {
    const user = userEvent.setup();
    renderTab([logEvent({ path: '/a' })], 'EDITOR');
    await screen.findByText('/a');

    await user.click(screen.getByRole('button', { name: 'Clear' }));
    const dialog = await screen.findByRole('dialog', { name: 'Clear the request log?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(mocks.api.delete).not.toHaveBeenCalled();
    expect(shownPaths()).toEqual(['/a']);
  });

  it('lets an Editor clear the log after confirming, which empties the view', async () => {
    const user = userEvent.setup();
    mocks.api.delete.mockResolvedValue({ data: undefined });
    renderTab([logEvent({ path: '/a' })], 'EDITOR');
    await screen.findByText('/a');
    connect();
    emit(logEvent({ path: '/b' }));
    await screen.findByText('/b');

    await user.click(screen.getByRole('button', { name: 'Clear' }));
    const dialog = await screen.findByRole('dialog', { name: 'Clear the request log?' });
    await user.click(within(dialog).getByRole('button', { name: 'Clear log' }));

    await waitFor(() => expect(screen.queryByText('/a')).not.toBeInTheDocument());
    expect(screen.queryByText('/b')).not.toBeInTheDocument();
    expect(mocks.api.delete).toHaveBeenCalledWith('/projects/7/logs');
    expect(screen.getByText(/No requests yet/)).toBeInTheDocument();
  });

  it('shows why clearing failed in the dialog and keeps the rows', async () => {
    const user = userEvent.setup();
    mocks.api.delete.mockRejectedValue(new ApiError('This needs the EDITOR role or higher; you are VIEWER', 403));
    renderTab([logEvent({ path: '/a' })], 'EDITOR');
    await screen.findByText('/a');

    await user.click(screen.getByRole('button', { name: 'Clear' }));
    const dialog = await screen.findByRole('dialog', { name: 'Clear the request log?' });
    await user.click(within(dialog).getByRole('button', { name: 'Clear log' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This needs the EDITOR role or higher; you are VIEWER',
    );
    expect(shownPaths()).toEqual(['/a']);
  });

  it('says when it is offline, shows the ERROR frame message and disconnects when closed', async () => {
    const { unmount } = renderTab([]);
    expect(mocks.stomp.activate).toHaveBeenCalled();
    await screen.findByText(/No requests yet/);
    act(() => {
      mocks.stomp.options?.onError?.('Project 7 not found');
      mocks.stomp.options?.onDisconnect?.();
    });
    expect(screen.getByRole('status')).toHaveTextContent('Offline — retrying');
    expect(screen.getByRole('alert')).toHaveTextContent('Project 7 not found');

    unmount();
    expect(mocks.stomp.deactivate).toHaveBeenCalled();
  });
});
