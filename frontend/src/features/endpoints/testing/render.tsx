import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import type { Endpoint } from '@/features/endpoints/api/types';
import { theme } from '@/config/theme';
import { api } from '@/lib/api-client';

/** Renders `ui` with the theme and a fresh query client that does not retry. */
export function renderWithProviders(ui: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const user = userEvent.setup({ delay: null });
  return {
    user,
    client,
    ...render(
      <MantineProvider theme={theme}>
        <QueryClientProvider client={client}>{ui}</QueryClientProvider>
      </MantineProvider>,
    ),
  };
}

export const faker = [
  {
    name: 'name',
    usage: '{{Faker.name()}}',
    signature: 'name()',
    description: 'A full name',
    arguments: [],
    example: 'Ada Lovelace',
  },
];

export function endpointFixture(overrides: Partial<Endpoint> = {}): Endpoint {
  return {
    id: 7,
    projectId: 1,
    method: 'GET',
    path: '/users/{id}',
    description: 'one user',
    enabled: true,
    priority: 0,
    response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"id": "{{request.path.id}}"}' },
    chaos: {
      delay: { type: 'uniform', minMs: 50, maxMs: 250 },
      failureRate: 0.1,
      failureStatus: 503,
      failureBody: null,
      fault: 'http_error',
    },
    state: null,
    version: 3,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    ...overrides,
  };
}

/** Answers the GETs this feature makes from `endpoints`; the preview renders its template as is. */
export function stubApi(endpoints: Endpoint[]) {
  vi.mocked(api.get).mockImplementation((async (url: string) => {
    if (url === '/projects/1/endpoints') return { data: endpoints };
    if (url === '/templates/faker') return { data: faker };
    if (url === '/projects/1') return { data: { id: 1, slug: 'shop', mockBaseUrl: 'http://localhost:8001/mock/shop' } };
    throw new Error(`unexpected GET ${url}`);
  }) as never);
  vi.mocked(api.post).mockImplementation((async (url: string, body: { template?: string }) => {
    if (url === '/templates/preview') return { data: { output: body.template, json: true } };
    throw new Error(`unexpected POST ${url}`);
  }) as never);
}

// CodeMirror measures text through Range rectangles, which jsdom does not lay out.
if (!Range.prototype.getClientRects) {
  const rects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  Range.prototype.getClientRects = rects;
  Range.prototype.getBoundingClientRect = () => new DOMRect(0, 0, 0, 0);
}

/** Form tests type a lot through user-event on a shared machine. */
export const SLOW = { timeout: 20_000 };
