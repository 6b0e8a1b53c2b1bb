import axios, { type AxiosError, type InternalAxiosRequestConfig } from 'axios';
import { toApiError } from '@/lib/api-error';
import { tokenStorage, type Tokens } from '@/lib/token-storage';

/**
 * The one HTTP client of the dashboard. Adds the bearer token; on a 401 it refreshes the tokens once
 * (concurrent 401s share the same refresh) and retries; when the refresh fails it signs out. Every
 * failure reaches callers as an ApiError.
 */
export const api = axios.create({ baseURL: '/api', headers: { Accept: 'application/json' } });

type RetryableConfig = InternalAxiosRequestConfig & { _retried?: boolean; _noRefresh?: boolean };

let sessionExpiredHandler: () => void = () => {
  if (window.location.pathname !== '/login') window.location.assign('/login');
};

/** Replaces what happens when the session cannot be refreshed (the router navigates instead of reloading). */
export function onSessionExpired(handler: () => void): void {
  sessionExpiredHandler = handler;
}

let refreshing: Promise<Tokens> | null = null;

/** Rotates the token pair; concurrent callers wait for the one refresh in flight. */
export function refreshTokens(): Promise<Tokens> {
  if (!refreshing) {
    const current = tokenStorage.get();
    refreshing = (
      current
        ? api
            .post<Tokens>('/auth/refresh', { refreshToken: current.refreshToken }, {
              _noRefresh: true,
            } as RetryableConfig)
            .then(({ data }) => {
              const tokens = { accessToken: data.accessToken, refreshToken: data.refreshToken };
              tokenStorage.set(tokens);
              return tokens;
            })
        : Promise.reject(new Error('Not signed in'))
    ).finally(() => {
      refreshing = null;
    });
  }
  return refreshing;
}

api.interceptors.request.use((config) => {
  const tokens = tokenStorage.get();
  if (tokens && !config.url?.startsWith('/auth/')) {
    config.headers.set('Authorization', `Bearer ${tokens.accessToken}`);
  }
  return config;
});

api.interceptors.response.use(undefined, async (error: AxiosError) => {
  const config = error.config as RetryableConfig | undefined;
  const isAuthRoute = config?.url?.startsWith('/auth/') ?? false;
  if (error.response?.status === 401 && config && !config._retried && !config._noRefresh && !isAuthRoute) {
    const current = tokenStorage.get();
    if (!current) throw toApiError(error);
    const sentWith = config.headers.get('Authorization');
    try {
      // A call sent with an older token than the stored one only needs a retry, not another refresh.
      if (sentWith === `Bearer ${current.accessToken}`) await refreshTokens();
    } catch {
      tokenStorage.set(null);
      sessionExpiredHandler();
      throw toApiError(error);
    }
    config._retried = true;
    return api.request(config);
  }
  throw toApiError(error);
});
