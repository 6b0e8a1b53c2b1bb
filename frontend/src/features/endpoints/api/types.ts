import type { ChaosPolicy } from '@/lib/chaos';

/** The endpoint contract of README "Endpoint definitions", as the manager sends and receives it. */

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export const STATE_ACTIONS = ['create', 'list', 'get', 'replace', 'patch', 'delete', 'reset'] as const;
export type StateAction = (typeof STATE_ACTIONS)[number];

export type StateBinding = { collection: string; action: StateAction };

export type ResponseSpec = { status: number; headers: Record<string, string>; body: string };

/** What POST takes. */
export type EndpointInput = {
  method: HttpMethod;
  path: string;
  description: string | null;
  enabled: boolean;
  priority: number;
  response: ResponseSpec;
  chaos: ChaosPolicy | null;
  state: StateBinding | null;
};

/** What PUT takes: the definition and the `version` it was read at (required; a stale one is 409). */
export type EndpointReplacement = EndpointInput & { version: number };

export type Endpoint = EndpointInput & {
  id: number;
  projectId: number;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** The stored endpoint as a body for PUT, carrying the version it was read at. */
export function toInput(endpoint: Endpoint): EndpointReplacement {
  const { method, path, description, enabled, priority, response, chaos, state, version } = endpoint;
  return { method, path, description, enabled, priority, response, chaos, state, version };
}
