import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/query-client';
import { tokenStorage } from '@/lib/token-storage';

type Options = { path?: string; route?: string; signedIn?: boolean };

/** Renders a page inside the app's providers and a memory router at `route`, matched by `path`. */
export function renderPage(element: ReactElement, { path = '/', route = path, signedIn = false }: Options = {}) {
  if (signedIn) tokenStorage.set({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } });
  const router = createMemoryRouter(
    [
      { path, element },
      { path: '*', element: <div>elsewhere</div> },
    ],
    { initialEntries: [route] },
  );
  const result = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...result, router, queryClient };
}
