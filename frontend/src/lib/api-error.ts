import { isAxiosError } from 'axios';

/** An RFC 9457 problem as the manager answers it. */
export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { field: string; message: string; line?: number; column?: number }[];
  /** Where in an uploaded document the problem is: `line 12, column 5`, a JSON pointer, or `file#/pointer`. */
  location?: string;
};

/** The type URI of a problem in the manager's catalogue (docs/api.md), by its name: `conflict`, `stale-version`... */
export function problemType(name: string): string {
  return `urn:mockapi:problem:${name}`;
}

/** Any failed API call: a readable `message`, the HTTP status (0 when unreachable) and per-field errors. */
export class ApiError extends Error {
  readonly status: number;
  readonly type?: string;
  readonly fieldErrors: Record<string, string>;
  readonly problem?: Problem;

  constructor(message: string, status: number, problem?: Problem) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.type = problem?.type;
    this.problem = problem;
    this.fieldErrors = Object.fromEntries((problem?.errors ?? []).map((e) => [e.field, e.message]));
  }
}

const fallback: Record<number, string> = {
  401: 'Your session has expired. Please sign in again.',
  403: 'You do not have permission to do that.',
  404: 'Not found.',
  409: 'That conflicts with the current state. Reload and try again.',
  413: 'The request is too large.',
  429: 'Too many attempts. Please wait and try again.',
};

function isProblem(data: unknown): data is Problem {
  return typeof data === 'object' && data !== null && ('title' in data || 'detail' in data);
}

/** Turns whatever a call threw into an ApiError with a message fit for the user. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isAxiosError(error)) {
    if (!error.response) {
      return new ApiError('Cannot reach the server. Check your connection and try again.', 0);
    }
    const { status, data } = error.response;
    if (isProblem(data)) {
      const fields = (data.errors ?? []).map((e) => `${e.field}: ${e.message}`);
      const base = data.detail || data.title || fallback[status] || `Request failed (${status}).`;
      const message = fields.length && !data.detail ? `${base} ${fields.join('; ')}` : base;
      return new ApiError(message, status, data);
    }
    if (status >= 500) return new ApiError('The server failed. Please try again later.', status);
    return new ApiError(fallback[status] ?? `Request failed (${status}).`, status);
  }
  return new ApiError(error instanceof Error ? error.message : 'Something went wrong.', 0);
}
