import type { ChaosPolicy } from '@/lib/chaos';

/** The endpoint contract of README "Endpoint definitions", as the manager sends and receives it. */

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export const STATE_ACTIONS = ['create', 'list', 'get', 'replace', 'patch', 'delete', 'reset'] as const;
export type StateAction = (typeof STATE_ACTIONS)[number];

export type StateBinding = { collection: string; action: StateAction };

export type ResponseSpec = { status: number; headers: Record<string, string>; body: string };

/** What POST and PUT take; `version` only on PUT. */
export type EndpointInput = {
  method: HttpMethod;
  path: string;
  description: string | null;
  enabled: boolean;
  priority: number;
  response: ResponseSpec;
  chaos: ChaosPolicy | null;
  state: StateBinding | null;
  version?: number;
};

export type Endpoint = Omit<EndpointInput, 'version'> & {
  id: number;
  projectId: number;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** The stored endpoint as a body for PUT, carrying the version it was read at. */
export function toInput(endpoint: Endpoint): EndpointInput {
  const { method, path, description, enabled, priority, response, chaos, state, version } = endpoint;
  return { method, path, description, enabled, priority, response, chaos, state, version };
}
