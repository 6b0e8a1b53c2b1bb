import { useMutation } from '@tanstack/react-query';

export type MockRequest = {
  baseUrl: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
};

export type MockResponse = {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
  elapsedMs: number;
};

/** A failure before any answer (unreachable engine, reset or empty connection), in words. */
export class MockCallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MockCallError';
  }
}

/** Joins the project's mock base URL and a path relative to it ("/users/7?x=1"). */
export function mockUrl(baseUrl: string, path: string): string {
  const relative = path.startsWith('/') ? path : `/${path}`;
  return baseUrl.replace(/\/+$/, '') + relative;
}

/**
 * Calls the mock engine straight from the browser (it answers CORS for every origin), not through the
 * manager's axios client: the engine is another origin and takes no bearer token.
 */
export async function sendMockRequest(request: MockRequest): Promise<MockResponse> {
  const url = mockUrl(request.baseUrl, request.path);
  const hasBody = request.body !== undefined && request.body !== '' && !['GET', 'HEAD'].includes(request.method);
  const started = performance.now();
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, {
      method: request.method,
      headers: request.headers,
      body: hasBody ? request.body : undefined,
    });
    body = await response.text();
  } catch (error) {
    const elapsed = Math.round(performance.now() - started);
    const cause = error instanceof Error && error.message ? ` (${error.message})` : '';
    throw new MockCallError(
      `No answer from ${url} after ${elapsed} ms${cause}. The mock engine may be unreachable, or the ` +
        'connection was reset or closed without a response (chaos faults connection_reset and ' +
        'empty_response do this on purpose).',
    );
  }
  return {
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers.entries()],
    body,
    elapsedMs: Math.round(performance.now() - started),
  };
}

export function useSendMockRequest() {
  return useMutation({ mutationFn: sendMockRequest });
}
