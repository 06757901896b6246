import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SessionDetail, SummarySessionExport } from '../../models/session-log';
import type { SessionLog } from '../log/store';
import type { ReviewTimings } from './bench-timing';

/** What the review page's main column shows. */
export type OpenState =
  | { kind: 'none' }
  | { kind: 'loading'; id: string }
  | { kind: 'session'; detail: SessionDetail }
  | { kind: 'missing'; message: string }
  | { kind: 'summary-file'; name: string; exportedAt: number; sessions: SummarySessionExport[] };

/** `review.html#<session id>` opens that session (reloads and printed links keep their place). */
export const sessionFromHash = () => decodeURIComponent(location.hash.slice(1)) || null;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The session open in the review page (or a summary file shown from disk), kept in the address so a
 * reload or a printed link keeps its place.
 */
export function useOpenSession(log: () => SessionLog | null, timings: ReviewTimings) {
  const [state, setState] = useState<OpenState>({ kind: 'none' });
  // Set by select: only the render that shows what was selected moves focus to it (not a saved note).
  const justSelected = useRef(false);
  // Each change of what is shown gets a number; a session read that comes back after a newer change
  // (a summary file opened, another session chosen, the page closed) is dropped, not shown over it.
  const shown = useRef(0);
  const display = (next: OpenState) => {
    shown.current++;
    setState(next);
  };

  async function select(id: string): Promise<void> {
    const store = log();
    if (!store) return;
    history.replaceState(null, '', `#${encodeURIComponent(id)}`);
    timings.openAsked();
    justSelected.current = true;
    display({ kind: 'loading', id });
    const asked = shown.current;
    const settle = (next: OpenState) => {
      if (shown.current === asked) display(next);
    };
    try {
      const detail = await store.getSession(id);
      timings.openAnswered(detail !== undefined);
      settle(
        detail
          ? { kind: 'session', detail }
          : { kind: 'missing', message: 'That session is not in the log (it may have been deleted).' },
      );
    } catch (error) {
      settle({ kind: 'missing', message: `The session could not be read: ${messageOf(error)}` });
    }
  }

  // One function for the page's life: the 1,000 memoized list rows keep it as a prop, and a new one
  // on every render would re-render them all each time a session opens.
  const latestSelect = useRef(select);
  latestSelect.current = select;
  const onSelect = useMemo(() => (id: string) => void latestSelect.current(id), []);

  function close(): void {
    history.replaceState(null, '', location.pathname + location.search);
    display({ kind: 'none' });
  }

  useLayoutEffect(() => {
    if (!justSelected.current || state.kind === 'loading') return;
    justSelected.current = false;
    timings.openShown();
    if (state.kind === 'session') document.getElementById('session-title')?.focus();
  }, [state]);

  return {
    state,
    /** The open session's detail, when a session (not a file) is open. */
    detail: state.kind === 'session' ? state.detail : null,
    selectedId:
      state.kind === 'session' ? state.detail.session.id : state.kind === 'loading' ? state.id : null,
    select,
    onSelect,
    close,
    /** Shows what the log holds now in place of the open session (after a note was saved). */
    show: (detail: SessionDetail) => display({ kind: 'session', detail }),
    showSummaryFile: (name: string, exportedAt: number, sessions: SummarySessionExport[]) =>
      display({ kind: 'summary-file', name, exportedAt, sessions }),
    /** Shows nothing open, without touching the address (the page locked). */
    clear: () => display({ kind: 'none' }),
  };
}
