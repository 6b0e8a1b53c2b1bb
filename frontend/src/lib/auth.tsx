import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '@/lib/api-client';
import type { Role } from '@/lib/roles';
import { tokenStorage, type Tokens } from '@/lib/token-storage';

export type Membership = { orgId: number; orgName: string; role: Role };
export type Me = { id: number; email: string; displayName: string; memberships: Membership[] };
export type Credentials = { email: string; password: string };
export type Registration = Credentials & { displayName?: string };

/** Query key of GET /api/me; invalidate it after a change of memberships (new org, role change). */
export const meQueryKey = ['me'] as const;

export async function getMe(): Promise<Me> {
  return (await api.get<Me>('/me')).data;
}

type AuthContextValue = {
  user: Me | undefined;
  isAuthenticated: boolean;
  /** True while a stored session's user is being loaded. */
  isLoading: boolean;
  login: (credentials: Credentials) => Promise<Me>;
  /** Creates the account, then signs in with it. */
  register: (registration: Registration) => Promise<Me>;
  logout: () => Promise<void>;
};

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [tokens, setTokens] = useState<Tokens | null>(() => tokenStorage.get());

  useEffect(
    () =>
      tokenStorage.subscribe((next) => {
        setTokens(next);
        if (!next) queryClient.clear();
      }),
    [queryClient],
  );

  const me = useQuery({ queryKey: meQueryKey, queryFn: getMe, enabled: tokens !== null, staleTime: 30_000 });

  const login = useCallback(
    async (credentials: Credentials) => {
      const { data } = await api.post<Tokens>('/auth/login', credentials);
      tokenStorage.set({ accessToken: data.accessToken, refreshToken: data.refreshToken });
      return queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: getMe, staleTime: 0 });
    },
    [queryClient],
  );

  const register = useCallback(
    async (registration: Registration) => {
      await api.post('/auth/register', registration);
      return login({ email: registration.email, password: registration.password });
    },
    [login],
  );

  const logout = useCallback(async () => {
    const current = tokenStorage.get();
    if (current) {
      // Revoking is best effort: the local session ends whatever the server answers.
      await api.post('/auth/logout', { refreshToken: current.refreshToken }).catch(() => undefined);
    }
    tokenStorage.set(null);
  }, []);

  const value = useMemo<AuthContextValue>(
    () => ({
      user: tokens ? me.data : undefined,
      isAuthenticated: tokens !== null,
      isLoading: tokens !== null && me.isPending,
      login,
      register,
      logout,
    }),
    [tokens, me.data, me.isPending, login, register, logout],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside AuthProvider');
  return value;
}

/** The signed-in user's role in an org, from GET /api/me; undefined while unknown or when not a member. */
export function useOrgRole(orgId: number | undefined): Role | undefined {
  const { user } = useAuth();
  return user?.memberships.find((m) => m.orgId === orgId)?.role;
}
