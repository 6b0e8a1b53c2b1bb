import { Client, ReconnectionTimeMode, type IFrame } from '@stomp/stompjs';
import { refreshTokens } from '@/lib/api-client';
import { jwtExpiry } from '@/lib/jwt';
import { tokenStorage } from '@/lib/token-storage';

export type StompClientOptions = {
  onConnect?: (client: Client) => void;
  onDisconnect?: () => void;
  onError?: (message: string) => void;
};

/** The STOMP endpoint on the page's own host; the dev server and `vite preview` proxy it to the manager. */
export function stompUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/ws`;
}

/**
 * A STOMP client for the live relay, not yet activated. Before each (re)connect it reads the current
 * access token (refreshing it first when it is about to expire) into the CONNECT frame; it reconnects
 * with exponential backoff up to 30 s. Call `activate()` to start and `deactivate()` to stop.
 */
export function createStompClient(options: StompClientOptions = {}): Client {
  const client = new Client({
    brokerURL: stompUrl(),
    reconnectDelay: 1000,
    maxReconnectDelay: 30_000,
    reconnectTimeMode: ReconnectionTimeMode.EXPONENTIAL,
    heartbeatIncoming: 10_000,
    heartbeatOutgoing: 10_000,
  });
  client.beforeConnect = async () => {
    let tokens = tokenStorage.get();
    const exp = tokens ? jwtExpiry(tokens.accessToken) : null;
    if (tokens && exp !== null && exp * 1000 < Date.now() + 30_000) {
      tokens = await refreshTokens().catch(() => tokenStorage.get());
    }
    client.connectHeaders = tokens ? { Authorization: `Bearer ${tokens.accessToken}` } : {};
  };
  client.onConnect = () => options.onConnect?.(client);
  client.onWebSocketClose = () => options.onDisconnect?.();
  client.onStompError = (frame: IFrame) => {
    const message = frame.headers.message ?? 'The live connection failed';
    // The relay closes the connection when the token expires; refresh so the reconnect carries a fresh one.
    if (/expired/i.test(message)) void refreshTokens().catch(() => undefined);
    options.onError?.(message);
  };
  return client;
}
