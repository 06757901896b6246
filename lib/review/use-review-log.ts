import { useEffect, useRef, useState } from 'preact/hooks';
import type { SessionListItem } from '../../models/session-log';
import { WrongPassphraseError } from '../log/errors';
import type { SessionLog, StorageUsage } from '../log/store';
import { readPolicy } from '../policy/policy';
import { retentionOnOpen } from './actions';
import type { ReviewTimings } from './bench-timing';

/**
 * The review page's hold on the session log: opening it (retention first), the lock, and the list
 * of sessions with what the page says about the log (encrypted, retention, storage use).
 */

export type Phase =
  | { kind: 'opening' }
  | { kind: 'locked'; idleMinutes: number | null; problem: string | null; busy: boolean }
  | { kind: 'ready' }
  | { kind: 'failed'; message: string };

export interface ReviewLogEvents {
  /** Retention ran as the page opened and deleted this many sessions. */
  onRetention(deletedSessions: number): void;
  /** The log is open and unlocked, and the list is read: e.g. reopen the session in the address. */
  onReady(): Promise<void>;
  /** The page locked: nothing the log holds may stay on it. */
  onLocked(): void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useReviewLog(
  open: () => Promise<SessionLog>,
  timings: ReviewTimings,
  events: ReviewLogEvents,
) {
  const log = useRef<SessionLog | null>(null);
  const latest = useRef(events);
  latest.current = events;
  const [phase, setPhase] = useState<Phase>({ kind: 'opening' });
  const [items, setItems] = useState<SessionListItem[]>([]);
  const [encrypted, setEncrypted] = useState(false);
  const [retentionDays, setRetentionDays] = useState(30);
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function refresh(): Promise<void> {
    const store = log.current;
    if (!store) return;
    timings.listAsked();
    try {
      const listed = await store.listSessions();
      timings.listAnswered();
      setItems(listed);
      setEncrypted(store.encrypted);
      setProblem(null);
    } catch (error) {
      setProblem(`The session log could not be read: ${messageOf(error)}`);
    }
    void store
      .estimateUsage()
      .then(setUsage)
      .catch(() => setUsage(null));
  }

  async function ready(): Promise<void> {
    setPhase({ kind: 'ready' });
    await refresh();
    await latest.current.onReady();
  }

  useEffect(() => {
    let live = true;
    open()
      .then(async (store) => {
        if (!live) return store.close();
        log.current = store;
        const { deletedSessions, retentionDays } = await retentionOnOpen(store, await readPolicy());
        setRetentionDays(retentionDays);
        if (deletedSessions > 0) latest.current.onRetention(deletedSessions);
        setEncrypted(store.encrypted);
        if (store.locked) setPhase({ kind: 'locked', idleMinutes: null, problem: null, busy: false });
        else await ready();
      })
      .catch((error: unknown) => live && setPhase({ kind: 'failed', message: messageOf(error) }));
    return () => {
      live = false;
      log.current?.close();
    };
  }, []);

  function lock(idleMinutes: number | null): void {
    log.current?.lock();
    // Nothing the log holds stays on the page while it is locked.
    setItems([]);
    setUsage(null);
    latest.current.onLocked();
    setPhase({ kind: 'locked', idleMinutes, problem: null, busy: false });
  }

  function unlock(passphrase: string): void {
    const store = log.current;
    if (!store || phase.kind !== 'locked') return;
    const locked = phase;
    setPhase({ ...locked, busy: true, problem: null });
    store
      .unlock(passphrase)
      .then(ready)
      .catch((error: unknown) =>
        setPhase({
          ...locked,
          busy: false,
          // Says only that it is wrong: nothing about the log or how close the guess was.
          problem: error instanceof WrongPassphraseError ? error.message : messageOf(error),
        }),
      );
  }

  /** Deletes every session and the passphrase: the way out of a forgotten one. */
  function forget(): Promise<boolean> {
    const store = log.current;
    if (!store || phase.kind !== 'locked') return Promise.resolve(false);
    const locked = phase;
    return store
      .deleteAll({ forgetPassphrase: true })
      .then(async () => {
        setEncrypted(false);
        await ready();
        return true;
      })
      .catch((error: unknown) => {
        setPhase({ ...locked, problem: messageOf(error) });
        return false;
      });
  }

  return {
    /** The open log; null until it is open. */
    log: log.current,
    /** The open log as it is now, for callbacks that outlive a render. */
    current: () => log.current,
    phase,
    items,
    setItems,
    encrypted,
    setEncrypted,
    retentionDays,
    setRetentionDays,
    usage,
    problem,
    refresh,
    lock,
    unlock,
    forget,
  };
}
