import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { saveJsonFile } from '../../lib/save-file';
import { browser } from 'wxt/browser';
import { LockScreen } from '../../components/review/LockScreen';
import { ReviewPage, type ReviewMain } from '../../components/review/ReviewPage';
import { NO_FILTER, type ListFilter } from '../../components/review/SessionList';
import type { ExportChoice } from '../../components/review/ExportImport';
import { formatDateTime, plural } from '../../components/review/format';
import { ImportError, WrongPassphraseError } from '../../lib/log/errors';
import { sessionMatches } from '../../lib/log/filter';
import { IDLE_LOCK_KEY, readIdleMinutes, watchIdle } from '../../lib/log/idle-lock';
import { dayRange, sitesOf } from '../../lib/log/review';
import {
  type Policy,
  applyRetentionPolicy,
  encryptionRequired,
  exportEncryptionRequired,
  exportRedactionRequired,
  maxIdleLockMinutes,
  maxRetentionDays,
  policyLines,
  policyNote,
  readPolicy,
  requirementNote,
  watchPolicy,
} from '../../lib/policy/policy';
import {
  type SessionDetail,
  type SessionFilter,
  type SessionLog,
  type StorageUsage,
  openSessionLog,
} from '../../lib/log/store';
import type { SessionListItem, SummarySessionExport } from '../../models/session-log';

type Phase =
  | { kind: 'opening' }
  | { kind: 'locked'; idleMinutes: number | null; problem: string | null; busy: boolean }
  | { kind: 'ready' }
  | { kind: 'failed'; message: string };

type Open =
  | { kind: 'none' }
  | { kind: 'loading'; id: string }
  | { kind: 'session'; detail: SessionDetail }
  | { kind: 'missing'; message: string }
  | { kind: 'summary-file'; name: string; exportedAt: number; sessions: SummarySessionExport[] };

type Result = { ok: boolean; text: string } | null;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function hasExtensionStorage(): boolean {
  return typeof browser !== 'undefined' && browser !== null && browser.storage?.local !== undefined;
}

function toSessionFilter(f: ListFilter): SessionFilter {
  return {
    search: f.search || undefined,
    site: f.site || undefined,
    from: dayRange(f.from)?.start,
    to: dayRange(f.to)?.end,
    hasResistance: f.resistance === 'any' ? undefined : f.resistance === 'with',
    minScore: f.minScore === '' ? undefined : Number(f.minScore) / 100,
  };
}

/**
 * Export and import carry the redaction library (an NLP model): loaded on first use, so opening the
 * review page does not wait for it.
 */
const loadExportModule = () => import('../../lib/log/export');

/** `review.html#<session id>` opens that session (reloads and printed links keep their place). */
const sessionFromHash = () => decodeURIComponent(location.hash.slice(1)) || null;

/**
 * Timings for scripts/bench-review.ts, in the page's performance timeline: from asking the log to
 * the DOM holding the result (`name`), and to after the next frame has laid it out and painted it
 * (`name-painted`: a task queued from the frame's animation callback runs after that frame).
 */
function measureSince(start: string, name: string): void {
  if (performance.getEntriesByName(start, 'mark').length === 0) return;
  performance.measure(name, start);
  // A measure starts at the latest mark of that name, so marks need no clearing between runs.
  requestAnimationFrame(() => setTimeout(() => performance.measure(`${name}-painted`, start), 0));
}

/** Wiring only: the log, the page's state, and the browser (files, print, storage). */
export function App({ open = () => openSessionLog() }: { open?: () => Promise<SessionLog> }) {
  const log = useRef<SessionLog | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'opening' });
  const [items, setItems] = useState<SessionListItem[]>([]);
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const [openState, setOpen] = useState<Open>({ kind: 'none' });
  const [encrypted, setEncrypted] = useState(false);
  const [retentionDays, setRetentionDays] = useState(30);
  const [chosenIdleMinutes, setIdleMinutes] = useState(readIdleMinutes(undefined));
  // Clinic policy (lib/policy/policy.ts): null until read, then the strictest reading until then.
  const [policy, setPolicy] = useState<Policy | null>(null);
  // The counselor's choice, never longer than the policy allows.
  const idleMinutes = policy ? Math.min(chosenIdleMinutes, maxIdleLockMinutes(policy)) : chosenIdleMinutes;
  const mustEncrypt = policy !== null && encryptionRequired(policy);
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [busy, setBusy] = useState(false);
  const [privacyResult, setPrivacyResult] = useState<Result>(null);
  const [shareResult, setShareResult] = useState<Result>(null);
  const [pendingImport, setPendingImport] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // One function for the page's life: the 1,000 memoized list rows keep it as a prop, and a new one
  // on every render would re-render them all each time a session opens.
  const latestSelect = useRef<(id: string) => Promise<void>>(() => Promise.resolve());
  const onSelect = useMemo(() => (id: string) => void latestSelect.current(id), []);
  // The same for the timings of a long list or timeline completing (after their first screen):
  // set when the log's answer is handed to the view, so only that render completes a timing.
  const listCompleteTimed = useRef(false);
  const openCompleteTimed = useRef(false);
  const onListComplete = useMemo(
    () => () => {
      if (!listCompleteTimed.current) return;
      listCompleteTimed.current = false;
      measureSince('attune:list:start', 'attune:review:list-complete');
    },
    [],
  );
  const onTimelineComplete = useMemo(
    () => () => {
      if (!openCompleteTimed.current) return;
      openCompleteTimed.current = false;
      measureSince('attune:open:start', 'attune:review:open-complete');
    },
    [],
  );
  const listTimed = useRef(false);
  const openTimed = useRef(false);

  async function refresh(): Promise<void> {
    const store = log.current;
    if (!store) return;
    performance.mark('attune:list:start');
    listTimed.current = true;
    try {
      const listed = await store.listSessions();
      performance.measure('attune:review:list-data', 'attune:list:start');
      listCompleteTimed.current = true;
      setItems(listed);
      setEncrypted(store.encrypted);
      setProblem(null);
    } catch (error) {
      setProblem(`The session log could not be read: ${message(error)}`);
    }
    void store
      .estimateUsage()
      .then(setUsage)
      .catch(() => setUsage(null));
  }

  async function select(id: string): Promise<void> {
    const store = log.current;
    if (!store) return;
    history.replaceState(null, '', `#${encodeURIComponent(id)}`);
    performance.mark('attune:open:start');
    openTimed.current = true;
    setOpen({ kind: 'loading', id });
    try {
      const detail = await store.getSession(id);
      performance.measure('attune:review:open-data', 'attune:open:start');
      openCompleteTimed.current = detail !== undefined;
      setOpen(
        detail
          ? { kind: 'session', detail }
          : { kind: 'missing', message: 'That session is not in the log (it may have been deleted).' },
      );
    } catch (error) {
      setOpen({ kind: 'missing', message: `The session could not be read: ${message(error)}` });
    }
  }

  latestSelect.current = select;

  function close(): void {
    history.replaceState(null, '', location.pathname + location.search);
    setOpen({ kind: 'none' });
  }

  async function afterUnlock(): Promise<void> {
    setPhase({ kind: 'ready' });
    await refresh();
    const id = sessionFromHash();
    if (id) await select(id);
  }

  useEffect(() => {
    const stop = new AbortController();
    watchPolicy(setPolicy, stop.signal);
    return () => stop.abort();
  }, []);

  useEffect(() => {
    let live = true;
    if (hasExtensionStorage())
      browser.storage.local
        .get(IDLE_LOCK_KEY)
        .then((stored) => live && setIdleMinutes(readIdleMinutes(stored[IDLE_LOCK_KEY])))
        .catch(() => undefined);
    open()
      .then(async (store) => {
        if (!live) return store.close();
        log.current = store;
        // Retention runs on every start, before anything is shown, and needs no passphrase; clinic
        // policy's maximum first.
        await applyRetentionPolicy(store, await readPolicy());
        const { deletedSessions } = await store.enforceRetention();
        setRetentionDays((await store.getSettings()).retentionDays);
        if (deletedSessions > 0)
          setPrivacyResult({
            ok: true,
            text: `${plural(deletedSessions, 'session')} past the retention period ${deletedSessions === 1 ? 'was' : 'were'} deleted.`,
          });
        setEncrypted(store.encrypted);
        if (store.locked) setPhase({ kind: 'locked', idleMinutes: null, problem: null, busy: false });
        else await afterUnlock();
      })
      .catch((error: unknown) => live && setPhase({ kind: 'failed', message: message(error) }));
    return () => {
      live = false;
      log.current?.close();
    };
  }, []);

  // A session logged in the panel meanwhile shows up when the counselor comes back to this tab.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible' && phase.kind === 'ready') void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [phase.kind]);

  function lock(idle: number | null): void {
    log.current?.lock();
    // Nothing the log holds stays on the page while it is locked.
    setItems([]);
    setOpen({ kind: 'none' });
    setUsage(null);
    setPhase({ kind: 'locked', idleMinutes: idle, problem: null, busy: false });
  }

  useEffect(() => {
    if (phase.kind !== 'ready' || !encrypted) return;
    const stop = new AbortController();
    watchIdle({
      target: document,
      idleMs: idleMinutes * 60_000,
      onIdle: () => lock(idleMinutes),
      signal: stop.signal,
    });
    return () => stop.abort();
  }, [phase.kind, encrypted, idleMinutes]);

  const filtered = useMemo(() => {
    const f = toSessionFilter(filter);
    return items.filter((item) => sessionMatches(item, f));
  }, [items, filter]);
  const sites = useMemo(() => sitesOf(items), [items]);

  useLayoutEffect(() => {
    if (!listTimed.current) return;
    listTimed.current = false;
    measureSince('attune:list:start', 'attune:review:list');
  }, [filtered]);

  useLayoutEffect(() => {
    if (!openTimed.current || openState.kind === 'loading') return;
    openTimed.current = false;
    measureSince('attune:open:start', 'attune:review:open');
    if (openState.kind === 'session') document.getElementById('session-title')?.focus();
  }, [openState]);

  if (phase.kind === 'opening') {
    return (
      <p class="muted review-opening" role="status">
        Opening the session log…
      </p>
    );
  }
  if (phase.kind === 'failed') {
    return (
      <main class="review-locked">
        <h1>Attune session review</h1>
        <p class="warning" role="alert">
          The session log could not be opened: {phase.message}
        </p>
      </main>
    );
  }
  if (phase.kind === 'locked') {
    return (
      <LockScreen
        idleMinutes={phase.idleMinutes}
        problem={phase.problem}
        busy={phase.busy}
        onUnlock={(passphrase) => {
          const store = log.current;
          if (!store) return;
          setPhase({ ...phase, busy: true, problem: null });
          store
            .unlock(passphrase)
            .then(afterUnlock)
            .catch((error: unknown) =>
              setPhase({
                ...phase,
                busy: false,
                // Says only that it is wrong: nothing about the log or how close the guess was.
                problem: error instanceof WrongPassphraseError ? error.message : message(error),
              }),
            );
        }}
        onForget={() => {
          log.current
            ?.deleteAll({ forgetPassphrase: true })
            .then(() => {
              setEncrypted(false);
              setPrivacyResult({ ok: true, text: 'Every session and the passphrase were deleted.' });
              return afterUnlock();
            })
            .catch((error: unknown) => setPhase({ ...phase, problem: message(error) }));
        }}
      />
    );
  }

  const store = log.current!;
  const run = (work: () => Promise<void>, report: (r: Result) => void) => {
    setBusy(true);
    work()
      .catch((error: unknown) => report({ ok: false, text: message(error) }))
      .finally(() => setBusy(false));
  };

  const detail = openState.kind === 'session' ? openState.detail : null;
  let main: ReviewMain;
  if (openState.kind === 'loading') main = { kind: 'loading' };
  else if (openState.kind === 'missing') main = { kind: 'missing', message: openState.message };
  else if (openState.kind === 'summary-file')
    main = {
      kind: 'summary-file',
      view: {
        fileName: openState.name,
        exportedAt: openState.exportedAt,
        sessions: openState.sessions,
        onClose: close,
      },
    };
  else if (detail) {
    const id = detail.session.id;
    main = {
      kind: 'session',
      view: {
        detail,
        onPrint: () => window.print(),
        onClose: close,
        onTimelineComplete,
        onDelete: () =>
          run(async () => {
            await store.deleteSession(id);
            close();
            setPrivacyResult({ ok: true, text: 'The session was deleted.' });
            await refresh();
          }, setPrivacyResult),
        onSaveNotes: async (notes) => {
          await store.setNotes(id, notes);
          // As the log stores them: an empty note is no note.
          const update = <T extends { counselorNote?: string; supervisorNote?: string }>(s: T): T => {
            const { counselorNote: _c, supervisorNote: _s, ...rest } = s;
            return {
              ...rest,
              ...(notes.counselorNote ? { counselorNote: notes.counselorNote } : {}),
              ...(notes.supervisorNote ? { supervisorNote: notes.supervisorNote } : {}),
            } as T;
          };
          setOpen({ kind: 'session', detail: { ...detail, session: update(detail.session) } });
          setItems((all) => all.map((item) => (item.id === id ? update(item) : item)));
        },
      },
    };
  } else main = { kind: 'overview', items: filtered };

  const onExport = (asked: ExportChoice) =>
    run(async () => {
      // Clinic policy, checked here too, whatever the form sent.
      const rules = policy ?? (await readPolicy());
      if (exportEncryptionRequired(rules) && !asked.passphrase)
        throw new Error('Your organization requires exported files to be encrypted: enter a passphrase.');
      const choice = exportRedactionRequired(rules) ? { ...asked, redact: asked.kind === 'full' } : asked;
      const ids = choice.scope === 'session' && detail ? [detail.session.id] : filtered.map((i) => i.id);
      const { exportSessionLog } = await loadExportModule();
      const text = await exportSessionLog(store, {
        kind: choice.kind,
        sessionIds: ids,
        passphrase: choice.passphrase || undefined,
        redact: choice.kind === 'full' && choice.redact,
      });
      const name = `attune-sessions-${new Date().toISOString().slice(0, 10)}${choice.kind === 'summary' ? '-summary' : ''}.json`;
      saveJsonFile(text, name);
      setShareResult({
        ok: true,
        text: `Exported ${plural(ids.length, 'session')} to ${name}. ${
          choice.passphrase
            ? 'The file is encrypted: give the passphrase by another way than the file.'
            : 'The file is not encrypted: keep it as safe as the log itself.'
        }`,
      });
    }, setShareResult);

  const onImport = (file: { name: string; text: string }, passphrase: string) =>
    run(async () => {
      if (mustEncrypt && !store.encrypted) {
        setShareResult({
          ok: false,
          text: `${file.name} was not imported. Your organization requires an encrypted session log: encrypt it first (Privacy and storage).`,
        });
        return;
      }
      try {
        const { readExportFile } = await loadExportModule();
        const opened = await readExportFile(file.text, { passphrase: passphrase || undefined });
        setPendingImport(null);
        if (opened.kind === 'summary') {
          setOpen({
            kind: 'summary-file',
            name: file.name,
            exportedAt: opened.exportedAt,
            sessions: opened.payload.sessions,
          });
          setShareResult({
            ok: true,
            text: `Opened ${file.name}: a summary-only file, shown and not stored.`,
          });
          return;
        }
        const result = await store.importSessions(opened.payload.sessions);
        await refresh();
        setShareResult({
          ok: true,
          text:
            `Imported ${plural(result.imported.length, 'session')} from ${file.name}.` +
            (result.skipped.length > 0
              ? ` ${plural(result.skipped.length, 'session')} ${result.skipped.length === 1 ? 'was' : 'were'} already here and left as ${result.skipped.length === 1 ? 'it was' : 'they were'}.`
              : ''),
        });
        if (result.imported.length === 1) await select(result.imported[0]!);
      } catch (error) {
        const asksPassphrase = error instanceof ImportError && error.reason === 'passphrase-required';
        const wrong = error instanceof WrongPassphraseError;
        setPendingImport(asksPassphrase || wrong ? file.name : null);
        setShareResult({
          ok: false,
          text: `${file.name} was not imported. ${message(error)}${wrong ? ' Nothing stored was changed.' : ''}`,
        });
      }
    }, setShareResult);

  return (
    <ReviewPage
      problem={problem}
      list={{
        items: filtered,
        total: items.length,
        sites,
        filter,
        onFilter: setFilter,
        selectedId: detail?.session.id ?? (openState.kind === 'loading' ? openState.id : null),
        onSelect,
        onComplete: onListComplete,
        onRefresh: () => void refresh(),
      }}
      main={main}
      share={{
        encryptionRequired: policy === null || exportEncryptionRequired(policy),
        redactionRequired: policy === null || exportRedactionRequired(policy),
        encryptionNote: policy ? requirementNote(policy, 'exportEncryptionRequired') : null,
        redactionNote: policy ? requirementNote(policy, 'exportRedactionRequired') : null,
        listCount: filtered.length,
        openSession: detail ? `${detail.session.site}, ${formatDateTime(detail.session.startedAt)}` : null,
        busy,
        onExport,
        onImport,
        pendingFile: pendingImport,
        result: shareResult,
      }}
      policyLines={policy ? policyLines(policy) : []}
      notice={
        mustEncrypt && !encrypted
          ? 'Your organization requires the session log to be encrypted. Choose a passphrase under “Privacy and storage”: until then nothing new is logged or imported.'
          : null
      }
      privacy={{
        encrypted,
        retentionDays,
        idleMinutes,
        encryptionNote: policy ? requirementNote(policy, 'encryptionRequired') : null,
        maxRetentionDays: policy ? maxRetentionDays(policy, retentionDays) : 3650,
        retentionNote: policy ? policyNote(policy, 'maxRetentionDays') : null,
        maxIdleMinutes: policy ? maxIdleLockMinutes(policy) : 60,
        idleNote: policy ? policyNote(policy, 'idleLockMinutes') : null,
        usage,
        result: privacyResult,
        busy,
        onEncrypt: (passphrase) =>
          run(async () => {
            setPrivacyResult({ ok: true, text: 'Encrypting every stored session…' });
            await store.enableEncryption(passphrase);
            setEncrypted(true);
            setPrivacyResult({
              ok: true,
              text: 'The log is encrypted. You will need the passphrase to open this page and to log from the side panel.',
            });
          }, setPrivacyResult),
        onLock: () => lock(null),
        onIdleMinutes: (minutes) => {
          setIdleMinutes(minutes);
          if (hasExtensionStorage())
            void browser.storage.local.set({ [IDLE_LOCK_KEY]: minutes }).catch(() => undefined);
        },
        onRetention: (days) =>
          run(async () => {
            const limit = maxRetentionDays(policy ?? (await readPolicy()), retentionDays);
            if (days > limit)
              throw new Error(`Your organization keeps sessions at most ${plural(limit, 'day')}.`);
            await store.setRetentionDays(days);
            setRetentionDays(days);
            const { deletedSessions } = await store.enforceRetention();
            await refresh();
            setPrivacyResult({
              ok: true,
              text: `Sessions are now kept ${plural(days, 'day')} after their last activity. ${
                deletedSessions > 0
                  ? `${plural(deletedSessions, 'older session')} deleted.`
                  : 'None was old enough to delete.'
              }`,
            });
          }, setPrivacyResult),
        onDeleteAll: () =>
          run(async () => {
            await store.deleteAll();
            close();
            await refresh();
            setPrivacyResult({ ok: true, text: 'Every session was deleted.' });
          }, setPrivacyResult),
      }}
    />
  );
}
