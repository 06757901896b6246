import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import type { SessionDetail, SessionLog } from '../../lib/log/store';
import { reviewTimings } from '../../lib/review/bench-timing';
import { type OpenState, useOpenSession } from '../../lib/review/use-open-session';
import { sessionDetail } from './fixtures';

/**
 * A session read is slow on a large encrypted log. What the counselor asked for last is what the
 * page shows, whatever order the reads come back in: a late read never replaces a newer view.
 */

type Deferred = { resolve: (d: SessionDetail | undefined) => void; reject: (e: unknown) => void };

/** A log whose reads wait until the test answers them, one deferred per id asked for. */
function slowLog() {
  const pending = new Map<string, Deferred>();
  const log = {
    getSession: (id: string) =>
      new Promise<SessionDetail | undefined>((resolve, reject) => pending.set(id, { resolve, reject })),
  } as unknown as SessionLog;
  return { log, pending };
}

/** Timings that measure nothing: the page's performance marks are not under test here. */
const timings = reviewTimings({ mark() {}, measure() {}, hasMark: () => false, afterPaint() {} });

function mountHook(log: SessionLog) {
  let api!: ReturnType<typeof useOpenSession>;
  function Probe() {
    api = useOpenSession(() => log, timings);
    return null;
  }
  const root = document.createElement('div');
  document.body.append(root);
  render(<Probe />, root);
  return { current: () => api, state: (): OpenState => api.state };
}

const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
  history.replaceState(null, '', location.pathname);
});

describe('the session shown is the one asked for last', () => {
  test('a summary file opened while a session was loading stays on screen', async () => {
    const { log, pending } = slowLog();
    const hook = mountHook(log);
    await act(() => void hook.current().select('session-1'));
    expect(hook.state()).toEqual({ kind: 'loading', id: 'session-1' });
    await act(() => hook.current().showSummaryFile('summary.json', 1, []));
    pending.get('session-1')!.resolve(sessionDetail('session-1'));
    await settle();
    expect(hook.state().kind).toBe('summary-file');
  });

  test('two sessions chosen quickly: the second is shown even when the first answers last', async () => {
    const { log, pending } = slowLog();
    const hook = mountHook(log);
    await act(() => void hook.current().select('session-1'));
    await act(() => void hook.current().select('session-2'));
    pending.get('session-2')!.resolve(sessionDetail('session-2'));
    await settle();
    pending.get('session-1')!.resolve(sessionDetail('session-1'));
    await settle();
    const state = hook.state();
    expect(state.kind === 'session' && state.detail.session.id).toBe('session-2');
  });

  test('a late "not in the log" does not replace a closed view, and a failing read says why', async () => {
    const { log, pending } = slowLog();
    const hook = mountHook(log);
    await act(() => void hook.current().select('gone'));
    await act(() => hook.current().close());
    pending.get('gone')!.resolve(undefined);
    await settle();
    expect(hook.state()).toEqual({ kind: 'none' });

    await act(() => void hook.current().select('broken'));
    pending.get('broken')!.reject(new Error('disk read failed'));
    await settle();
    expect(hook.state()).toEqual({
      kind: 'missing',
      message: 'The session could not be read: disk read failed',
    });
  });
});
