import { api, onSessionExpired } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { tokenStorage } from '@/lib/token-storage';
import { fakeApi, problem } from '@/testing/fake-api';

const expired = problem(401, 'Unauthorized', 'The access token has expired');

describe('api client', () => {
  beforeEach(() => tokenStorage.set({ accessToken: 'old-access', refreshToken: 'old-refresh' }));

  it('refreshes once for concurrent 401s, then retries each call with the new token', async () => {
    let refreshes = 0;
    const fake = fakeApi({
      'GET /me': (c) => (c.headers.Authorization === 'Bearer new-access' ? [200, { id: 1 }] : expired),
      'GET /orgs': (c) => (c.headers.Authorization === 'Bearer new-access' ? [200, []] : expired),
      'POST /auth/refresh': async (c) => {
        refreshes++;
        expect(JSON.parse(c.data as string)).toEqual({ refreshToken: 'old-refresh' });
        await new Promise((r) => setTimeout(r, 10));
        return [200, { accessToken: 'new-access', refreshToken: 'new-refresh', tokenType: 'Bearer', expiresIn: 900 }];
      },
    });

    const [me, orgs] = await Promise.all([api.get('/me'), api.get('/orgs')]);

    expect(me.data).toEqual({ id: 1 });
    expect(orgs.data).toEqual([]);
    expect(refreshes).toBe(1);
    expect(fake.called('GET /me')).toHaveLength(2);
    expect(tokenStorage.get()).toEqual({ accessToken: 'new-access', refreshToken: 'new-refresh' });
  });

  it('signs out when the refresh fails, and does not retry again', async () => {
    const expiredSession = vi.fn();
    onSessionExpired(expiredSession);
    const fake = fakeApi({
      'GET /me': expired,
      'POST /auth/refresh': problem(401, 'Unauthorized', 'Invalid refresh token'),
    });

    await expect(api.get('/me')).rejects.toBeInstanceOf(ApiError);

    expect(fake.called('POST /auth/refresh')).toHaveLength(1);
    expect(fake.called('GET /me')).toHaveLength(1);
    expect(tokenStorage.get()).toBeNull();
    expect(expiredSession).toHaveBeenCalledOnce();
  });

  it('turns problem JSON into a readable ApiError with field errors', async () => {
    fakeApi({
      'POST /orgs': problem(400, 'Bad Request', 'Invalid request content.', [
        { field: 'name', message: 'must not be blank' },
      ]),
    });

    const error = await api.post('/orgs', { name: '' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('Invalid request content.');
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).fieldErrors).toEqual({ name: 'must not be blank' });
  });

  it('does not try to refresh a failed sign-in', async () => {
    const fake = fakeApi({ 'POST /auth/login': problem(401, 'Unauthorized', 'Bad credentials') });

    await expect(api.post('/auth/login', {})).rejects.toThrow('Bad credentials');

    expect(fake.called('POST /auth/refresh')).toHaveLength(0);
  });
});
