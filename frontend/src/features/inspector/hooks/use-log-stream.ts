import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RequestLogEvent } from '@/features/inspector/api/types';
import { createStompClient } from '@/lib/stomp';

export type ConnectionState = 'connecting' | 'live' | 'offline';

/** Events arriving within this many ms are handed over together: one render per burst, not per call. */
const FLUSH_MS = 100;

export const logsTopic = (projectId: number) => `/topic/projects/${projectId}/logs`;

/**
 * Follows the project's log topic on the live relay while mounted. `onEvents` receives the events that
 * arrived since its last call, newest first. The client reconnects with backoff by itself; the state
 * says whether it is connected, and `error` holds the last ERROR frame's message until it connects again.
 */
export function useLogStream(projectId: number, onEvents: (events: RequestLogEvent[]) => void) {
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [error, setError] = useState<string | null>(null);
  const onEventsRef = useRef(onEvents);
  // The flush timer calls the latest onEvents; the ref is written after render, not in it.
  useLayoutEffect(() => {
    onEventsRef.current = onEvents;
  });

  useEffect(() => {
    let active = true;
    let buffer: RequestLogEvent[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      const events = buffer.reverse();
      buffer = [];
      if (active && events.length) onEventsRef.current(events);
    };
    const receive = (body: string) => {
      try {
        buffer.push(JSON.parse(body) as RequestLogEvent);
      } catch {
        return; // not an event: nothing to show
      }
      timer ??= setTimeout(flush, FLUSH_MS);
    };

    // A new client is starting: the state mirrors that external connection (and resets for a new project).
    // eslint-disable-next-line react-hooks/set-state-in-effect -- no-ops on mount; only a projectId change resets
    setConnection('connecting');
    setError(null);
    const client = createStompClient({
      onConnect: (connected) => {
        if (!active) return;
        setConnection('live');
        setError(null);
        connected.subscribe(logsTopic(projectId), (message) => receive(message.body));
      },
      onDisconnect: () => {
        if (active) setConnection('offline');
      },
      onError: (message) => {
        if (active) setError(message);
      },
    });
    client.activate();
    return () => {
      active = false;
      clearTimeout(timer);
      void client.deactivate();
    };
  }, [projectId]);

  return { connection, error };
}
