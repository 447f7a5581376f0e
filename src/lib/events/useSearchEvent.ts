import {useEffect, useRef} from 'react';
import {MAX_EVENT_QUERY_LENGTH, SETTLE_MS} from './encode';
import {useEvents, type SendEvent} from './useEvents';

type Settled = {query: string; results: number};

type State = {pending: Settled | null; send: SendEvent};

function flush(state: State, opened: number | null) {
  if (state.pending) state.send({type: 'search', ...state.pending, opened});
  state.pending = null;
}

/** `current` is settled: the query before it is recorded, unless `current` merely extends or shortens it. */
function settle(state: State, current: Settled) {
  const previous = state.pending;
  if (previous && previous.query !== current.query) {
    const refined = current.query.startsWith(previous.query) || previous.query.startsWith(current.query);
    if (!refined) flush(state, null);
  }
  state.pending = current;
}

/**
 * Records each settled query of a search box once, never per keystroke: with
 * the rank of the result opened, or none when the reader types another
 * query, leaves the page or hides it. A query that the next one merely
 * extends or shortens (忘记 → 忘记密码) was not settled and is not recorded.
 *
 * Returns `opened(rank)`, to call when a result is opened (rank from 1).
 */
export function useSearchEvent(query: string, results: number, ready: boolean) {
  const send = useEvents();
  const trimmed = query.trim().slice(0, MAX_EVENT_QUERY_LENGTH);
  const state = useRef<State>({pending: null, send});

  useEffect(() => {
    const current: Settled | null = ready && trimmed ? {query: trimmed, results} : null;
    state.current.send = send;
    if (!current) return undefined;
    const timer = window.setTimeout(() => settle(state.current, current), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [trimmed, results, ready, send]);

  useEffect(() => {
    const current = state.current;
    const onHide = () => document.visibilityState === 'hidden' && flush(current, null);
    const onLeave = () => flush(current, null);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onLeave);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onLeave);
      onLeave();
    };
  }, []);

  return {
    // This render's query, not the one effects last saw: a click can come before they run.
    opened: (rank: number) => {
      if (ready && trimmed) settle(state.current, {query: trimmed, results});
      flush(state.current, rank);
    },
  };
}
