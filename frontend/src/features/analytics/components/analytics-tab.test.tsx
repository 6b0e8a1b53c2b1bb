import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Analytics, AnalyticsTotals } from '@/features/analytics/api/types';
import { AnalyticsTab } from '@/features/analytics/components/analytics-tab';
import { ApiError } from '@/lib/api-error';

const mocks = vi.hoisted(() => ({ api: { get: vi.fn() } }));
vi.mock('@/lib/api-client', () => ({ api: mocks.api }));

const zeroTotals: AnalyticsTotals = {
  requests: 0,
  status2xx: 0,
  status3xx: 0,
  status4xx: 0,
  status5xx: 0,
  noResponse: 0,
  errors: 0,
  errorRate: 0,
  unmatched: 0,
  chaos: 0,
  p50: 0,
  p95: 0,
  p99: 0,
};

function analytics(window: Analytics['window'], overrides: Partial<Analytics> = {}): Analytics {
  return {
    window,
    from: '2025-01-01T11:00:00Z',
    to: '2025-01-01T12:00:00Z',
    totals: zeroTotals,
    topEndpoints: [],
    series: [{ time: '2025-01-01T11:00:00Z', requests: 0, errors: 0, p95: 0 }],
    ...overrides,
  };
}

const busy = analytics('1h', {
  totals: {
    ...zeroTotals,
    requests: 1234,
    status2xx: 1200,
    status5xx: 31,
    noResponse: 3,
    errors: 34,
    errorRate: 0.0276,
    unmatched: 5,
    chaos: 12,
    p50: 4.2,
    p95: 87.6,
    p99: 240,
  },
  topEndpoints: [
    { endpointId: 1, method: 'GET', path: '/users', requests: 1000, errors: 4, p95: 20 },
    { endpointId: 9, method: null, path: null, requests: 200, errors: 30, p95: 400 },
  ],
  series: [
    { time: '2025-01-01T11:58:00Z', requests: 600, errors: 10, p95: 80 },
    { time: '2025-01-01T11:59:00Z', requests: 634, errors: 24, p95: 90 },
  ],
});

function renderTab() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <MantineProvider env="test">
      <QueryClientProvider client={queryClient}>
        <AnalyticsTab projectId={7} role="VIEWER" />
      </QueryClientProvider>
    </MantineProvider>,
  );
}

beforeEach(() => {
  mocks.api.get.mockReset();
});

describe('AnalyticsTab', () => {
  it('shows the totals and the top endpoints of the last hour', async () => {
    mocks.api.get.mockResolvedValue({ data: busy });
    renderTab();

    const requests = await screen.findByRole('group', { name: 'Requests' });
    expect(requests).toHaveTextContent('1,234');
    expect(screen.getByRole('group', { name: 'Error rate' })).toHaveTextContent('2.8%');
    expect(screen.getByRole('group', { name: 'p50' })).toHaveTextContent('4.2 ms');
    expect(screen.getByRole('group', { name: 'p95' })).toHaveTextContent('88 ms');
    expect(screen.getByRole('group', { name: 'p99' })).toHaveTextContent('240 ms');
    expect(screen.getByRole('group', { name: 'Unmatched' })).toHaveTextContent('5');
    expect(screen.getByRole('group', { name: 'Chaos' })).toHaveTextContent('12');
    expect(mocks.api.get).toHaveBeenCalledWith('/projects/7/analytics', { params: { window: '1h' } });

    const rows = within(screen.getByRole('table', { name: 'Top endpoints' }))
      .getAllByRole('row')
      .slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['GET', '/users', '1,000', '4', '20 ms'],
      ['—', 'deleted endpoint', '200', '30', '400 ms'],
    ]);
    expect(screen.getByRole('figure', { name: 'Requests per minute' })).toBeInTheDocument();
  });

  it('says when the window had no traffic, and loads another window on choice', async () => {
    const user = userEvent.setup();
    mocks.api.get.mockImplementation((_url: string, config: { params: { window: Analytics['window'] } }) => {
      const window = config.params.window;
      return Promise.resolve({ data: window === '1h' ? analytics('1h') : { ...busy, window } });
    });
    renderTab();

    expect(await screen.findByText('No traffic in this window')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Top endpoints' })).not.toBeInTheDocument();

    const windows = screen.getByRole('radiogroup', { name: 'Window' });
    await user.click(within(windows).getByLabelText('24h'));

    expect(await screen.findByRole('table', { name: 'Top endpoints' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Requests per hour' })).toBeInTheDocument();
    expect(mocks.api.get).toHaveBeenCalledWith('/projects/7/analytics', { params: { window: '24h' } });
  });

  it('shows a readable error with a retry', async () => {
    const user = userEvent.setup();
    mocks.api.get.mockRejectedValueOnce(new ApiError('Analytics are unavailable right now.', 503));
    mocks.api.get.mockResolvedValueOnce({ data: busy });
    renderTab();

    expect(await screen.findByRole('alert')).toHaveTextContent('Analytics are unavailable right now.');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Requests' })).toHaveTextContent('1,234'));
  });
});
