/**
 * The session's tokens, kept in localStorage so a sign-in survives reloads. Listeners hear every change,
 * including a sign-out forced by a failed refresh.
 */
export type Tokens = { accessToken: string; refreshToken: string };

const KEY = 'mockapi.tokens';
type Listener = (tokens: Tokens | null) => void;
const listeners = new Set<Listener>();

export const tokenStorage = {
  get(): Tokens | null {
    try {
      const raw = localStorage.getItem(KEY);
      return raw ? (JSON.parse(raw) as Tokens) : null;
    } catch {
      return null;
    }
  },
  set(tokens: Tokens | null): void {
    if (tokens) localStorage.setItem(KEY, JSON.stringify(tokens));
    else localStorage.removeItem(KEY);
    listeners.forEach((listener) => listener(tokens));
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
