import { useCallback, useMemo, useReducer } from 'react';
import { useLogs } from '@/features/inspector/api/get-logs';
import type { RequestLogEvent } from '@/features/inspector/api/types';
import { useLogStream } from '@/features/inspector/hooks/use-log-stream';
import { prependEvents } from '@/features/inspector/utils/log-events';

/** `streamed`: events shown since the inspector opened; `held`: those that arrived while paused. */
type State = { streamed: RequestLogEvent[]; held: RequestLogEvent[]; paused: boolean };

type Action =
  { type: 'stream'; events: RequestLogEvent[] } | { type: 'pause' } | { type: 'resume' } | { type: 'clear' };

const initial: State = { streamed: [], held: [], paused: false };

function reduce(state: State, action: Action): State {
  switch (action.type) {
    case 'stream':
      return state.paused
        ? { ...state, held: prependEvents(action.events, state.held) }
        : { ...state, streamed: prependEvents(action.events, state.streamed) };
    case 'pause':
      return { ...state, paused: true };
    case 'resume':
      return { streamed: prependEvents(state.held, state.streamed), held: [], paused: false };
    case 'clear':
      return { ...state, streamed: [], held: [] };
  }
}

/**
 * The inspector's rows: the live stream in front of the history loaded on open, without duplicates
 * (the two overlap around the moment of opening), newest first, at most MAX_ROWS. While paused, arriving
 * events are held and counted, and join the rows on resume.
 */
export function useLiveLogs(projectId: number) {
  const history = useLogs(projectId);
  const [state, dispatch] = useReducer(reduce, initial);
  const onEvents = useCallback((events: RequestLogEvent[]) => dispatch({ type: 'stream', events }), []);
  const stream = useLogStream(projectId, onEvents);
  const rows = useMemo(() => prependEvents(state.streamed, history.data ?? []), [state.streamed, history.data]);

  return {
    rows,
    heldCount: state.held.length,
    paused: state.paused,
    pause: useCallback(() => dispatch({ type: 'pause' }), []),
    resume: useCallback(() => dispatch({ type: 'resume' }), []),
    /** Empties the streamed rows; the history is emptied by the clear mutation itself. */
    clearStreamed: useCallback(() => dispatch({ type: 'clear' }), []),
    history,
    connection: stream.connection,
    streamError: stream.error,
  };
}
