import { AxiosError, AxiosHeaders, type AxiosAdapter, type InternalAxiosRequestConfig } from 'axios';
import { api } from '@/lib/api-client';

export type FakeReply = [status: number, body?: unknown, headers?: Record<string, string>];
export type FakeHandler = (config: InternalAxiosRequestConfig) => FakeReply | Promise<FakeReply>;

/**
 * Replaces the api client's transport with handlers keyed by "METHOD /url" (url relative to /api),
 * so tests run without network. Returns the list of requests seen. Unknown routes answer 404.
 */
export function fakeApi(handlers: Record<string, FakeHandler | FakeReply>) {
  const calls: InternalAxiosRequestConfig[] = [];
  const adapter: AxiosAdapter = async (config) => {
    calls.push(config);
    const key = `${config.method?.toUpperCase()} ${config.url}`;
    const handler = handlers[key];
    const [status, body, headers] = !handler
      ? [404, { title: 'Not Found', status: 404, detail: `No fake for ${key}` }]
      : typeof handler === 'function'
        ? await handler(config)
        : handler;
    const response = {
      data: body,
      status,
      statusText: String(status),
      headers: new AxiosHeaders(headers),
      config,
      request: {},
    };
    if (status >= 400) {
      throw new AxiosError(`Request failed with status code ${status}`, 'ERR_BAD_RESPONSE', config, {}, response);
    }
    return response;
  };
  api.defaults.adapter = adapter;
  return {
    calls,
    called: (key: string) => calls.filter((c) => `${c.method?.toUpperCase()} ${c.url}` === key),
  };
}

export const problem = (
  status: number,
  title: string,
  detail?: string,
  errors?: { field: string; message: string }[],
) => [status, { type: 'urn:mockapi:problem:test', title, status, detail, errors }] as FakeReply;
