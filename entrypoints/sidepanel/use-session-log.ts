import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SessionLogControlProps, SessionLogStatus } from '../../components/SessionLogControl';
import { WrongPassphraseError } from '../../lib/log/errors';
import {
  type ChoiceHasher,
  type ChoiceIds,
  type LoggingChoice,
  NO_LOGGING,
  choiceHasher,
  choiceIdsOf,
  conversationKeyOf,
  idsMatch,
  isLogging,
  loggingSecret,
  loggingStateOf,
  migrateLoggingChoice,
  saveLoggingChoice,
  sessionSiteOf,
  withConversationLogging,
  watchLoggingChoice,
  withSiteLogging,
} from '../../lib/log/logging-choice';
import {
  type Policy,
  applyRetentionPolicy,
  encryptionRequired,
  loggingAllowed,
  policyNote,
  readPolicy,
  watchPolicy,
} from '../../lib/policy/policy';
import { extensionTrustedStore, type TrustedStore } from '../../lib/storage/trusted';
import { resumeFromLog } from '../../lib/panel/resume';
import { LogOutbox, type OutboxStatus } from '../../lib/log/outbox';
import {
  type PanelFrame,
  type RecorderState,
  emptyRecorderState,
  knowsConversation,
  recordFrame,
} from '../../lib/log/recorder';
import { type SessionLog, openSessionLog } from '../../lib/log/store';
import type { HintAction } from '../../models';
import { frameOf, type Reading } from '../../lib/panel/reading';
import { explain, messageOf, notStoredIn, sessionLogStatus } from '../../lib/panel/session-log-status';
import { legacyLoggingChoiceItem, sessionLogProgressItem } from '../../lib/storage/items';

function hasExtension(): boolean {
  return typeof browser !== 'undefined' && browser !== null && browser.storage?.session !== undefined;
}

const NO_OUTBOX: OutboxStatus = { problem: null, slots: {} };

/**
 * Opens the log when the panel starts (retention runs then, locked or not), reads the logging
 * choice (migrating an old one) and the progress an earlier opening saved, and makes the outbox.
 */
function useLogOpening(
  enabled: boolean,
  trusted: TrustedStore | undefined,
  setChoice: (choice: LoggingChoice) => void,
  setProblem: (problem: SessionLogStatus) => void,
) {
  // Clinic policy; null until read, and nothing is recorded before it is known.
  const [policy, setPolicy] = useState<Policy | null>(null);
  const hasher = useRef<Promise<ChoiceHasher> | null>(null);
  const [ready, setReady] = useState(false);
  const [outboxStatus, setOutboxStatus] = useState<OutboxStatus>(NO_OUTBOX);
  const log = useRef<Promise<SessionLog> | null>(null);
  const outbox = useRef<LogOutbox | null>(null);
  const progress = useRef<{ recorder: RecorderState }>({ recorder: emptyRecorderState() });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    let saving = false;
    /** Saves the recorder's memory and the outbox's counts, once per task however often asked. */
    const save = () => {
      if (saving || !outbox.current) return;
      saving = true;
      queueMicrotask(() => {
        saving = false;
        const box = outbox.current;
        if (!live || !box) return;
        sessionLogProgressItem
          .setValue({ recorder: progress.current.recorder, outbox: box.save() })
          .catch((error: unknown) => console.warn('Attune: could not save the session log progress', error));
      });
    };
    // Retention runs whenever the panel starts, and works while the log is locked.
    const opening = openSessionLog();
    log.current = opening;
    // The policy's maximum retention first: a log kept longer is cut to it.
    opening
      .then(async (l) => {
        await applyRetentionPolicy(l, await readPolicy());
        return l.enforceRetention();
      })
      .catch((error: unknown) => console.warn('Attune: session log retention did not run', error));
    const hashing = choiceHasher(loggingSecret(trusted!));
    hasher.current = hashing;
    // A choice an older version kept in the clear is hashed into the trusted store, then deleted.
    const choosing = hashing.then((h) => migrateLoggingChoice(trusted!, h, legacyLoggingChoiceItem));
    const unwatchChoice = watchLoggingChoice(trusted!, setChoice);
    Promise.all([choosing, sessionLogProgressItem.getValue()])
      .then(([loaded, restored]) => {
        if (!live) return;
        setChoice(loaded);
        progress.current.recorder = restored.recorder;
        return opening.then((store) => {
          if (!live) return;
          const box = new LogOutbox(store, {
            onChange: () => {
              setOutboxStatus(box.status());
              save();
            },
          });
          outbox.current = box;
          // Turns still waiting when the panel last closed become gaps in their sessions now.
          box.restore(restored.outbox);
          setReady(true);
        });
      })
      .catch((error: unknown) => {
        console.warn('Attune: could not open the session log', error);
        if (live)
          setProblem({ kind: 'error', message: `The session log could not be opened: ${messageOf(error)}` });
      });
    const policyWatch = new AbortController();
    watchPolicy(setPolicy, policyWatch.signal);
    return () => {
      live = false;
      policyWatch.abort();
      unwatchChoice();
      outbox.current?.dispose();
      outbox.current = null;
      void opening.then((l) => l.close()).catch(() => undefined);
    };
  }, [enabled]);

  return { log, outbox, progress, hasher, ready, outboxStatus, policy };
}

type ProblemUpdate = (update: (problem: SessionLogStatus | null) => SessionLogStatus | null) => void;

/**
 * One frame through the recorder, its writes to the outbox. Under clinic policy nothing is logged
 * in the clear, and nothing is handed over while the log is locked (unlocking logs what is on the
 * page by then).
 */
async function recordOne({
  opening,
  outbox,
  progress,
  frame,
  logging,
  mustEncrypt,
  setProblem,
}: {
  opening: Promise<SessionLog>;
  outbox: { readonly current: LogOutbox | null };
  progress: { current: { recorder: RecorderState } };
  frame: PanelFrame;
  logging: boolean;
  mustEncrypt: boolean;
  setProblem: ProblemUpdate & ((problem: SessionLogStatus | null) => void);
}): Promise<void> {
  const page = frame.snapshot;
  try {
    const store = await opening;
    const box = outbox.current;
    if (!box) return;
    if (logging && mustEncrypt && !store.encrypted) {
      // Clinic policy: nothing is logged in the clear. A look at the store notices encryption
      // turned on in the review page meanwhile (this handle's view is as of its last look).
      await store.getSession('attune:encryption-check');
      if (!store.encrypted) {
        setProblem((p) => (p?.kind === 'needs-encryption' ? p : { kind: 'needs-encryption' }));
        return;
      }
      setProblem((p) => (p?.kind === 'needs-encryption' ? null : p));
    }
    if (logging && store.locked) {
      // Nothing is handed over while locked: unlocking logs what is on the page by then.
      setProblem((p) => (p?.kind === 'locked' ? p : { kind: 'locked' }));
      return;
    }
    if (logging && !knowsConversation(progress.current.recorder, page))
      progress.current.recorder = await resumeFromLog(store, box, progress.current.recorder, page);
    const { state, writes } = recordFrame(progress.current.recorder, frame);
    progress.current.recorder = state;
    box.enqueue(writes);
    setProblem((p) => (p?.kind === 'error' ? null : p));
    await sessionLogProgressItem.setValue({ recorder: state, outbox: box.save() });
  } catch (error) {
    setProblem({ kind: 'error', message: explain(error) });
  }
}

/**
 * The side panel's session log: the counselor's on/off switches (browser.storage.local), the
 * recorder fed with every snapshot and what the panel showed about it, and the outbox that makes
 * the log writes it calls for, in this extension page (the only place, with the review page, that
 * opens the log's IndexedDB), keeping each until it commits (lib/log/outbox.ts). Returns the
 * control's props, or undefined when there is no live chat.
 */
export function useSessionLog({
  reading,
  actions,
}: {
  /** The panel's reading, as shown: the recorder takes it as it is. */
  reading: Reading;
  /** What the counselor did with hints (in memory, lib/panel/hint-actions.ts). */
  actions: readonly HintAction[];
}): SessionLogControlProps | undefined {
  const { snapshot } = reading;
  // The choice lives where content scripts cannot write it (lib/storage/trusted.ts).
  const trusted = useMemo(extensionTrustedStore, []);
  const enabled = hasExtension() && trusted !== undefined;
  const [choice, setChoice] = useState<LoggingChoice>(NO_LOGGING);
  // The open conversation's hashed ids; nothing is recorded until they are this page's.
  const [ids, setIds] = useState<ChoiceIds | null>(null);
  const [problem, setProblem] = useState<SessionLogStatus | null>(null);
  // Bumped after an unlock so the current frame is recorded again.
  const [retry, setRetry] = useState(0);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const asked = useRef(new Set<string>());

  const { log, outbox, progress, hasher, ready, outboxStatus, policy } = useLogOpening(
    enabled,
    trusted,
    setChoice,
    setProblem,
  );
  // The open conversation's hashes, computed when it changes; until then its frames wait.
  const conversationKey = snapshot ? conversationKeyOf(snapshot) : null;
  useEffect(() => {
    if (!enabled || !snapshot || !hasher.current || idsMatch(ids, snapshot)) return;
    let live = true;
    void hasher.current
      .then((h) => choiceIdsOf(h, snapshot))
      .then((next) => live && setIds(next))
      .catch((error: unknown) => console.warn('Attune: could not look up the logging choice', error));
    return () => {
      live = false;
    };
  }, [enabled, conversationKey, snapshot?.url, ready]);

  const known = snapshot !== null && policy !== null && idsMatch(ids, snapshot);
  const allowed = policy === null || loggingAllowed(policy);
  const logging = known && allowed ? isLogging(loggingStateOf(choice, ids!)) : false;

  // Each frame goes through the recorder, in order, one at a time; its writes go to the outbox,
  // which makes them without holding up the next frame.
  useEffect(() => {
    // Before the policy and this conversation's hashes are known, whether it is logged is not known:
    // the frame waits (recording it as "off" would keep its messages out of the log for good).
    if (!enabled || !ready || !reading.snapshot || !log.current || !known) return;
    const page = reading.snapshot;
    const opening = log.current;
    const mustEncrypt = policy !== null && encryptionRequired(policy);
    // The capture time: this extension page's clock, never the page's.
    const frame = frameOf({ ...reading, snapshot: page }, actions, logging, Date.now());
    queue.current = queue.current.then(() =>
      recordOne({ opening, outbox, progress, frame, logging, mustEncrypt, setProblem }),
    );
  }, [enabled, ready, reading, actions, logging, retry, known, policy]);

  const slot = snapshot
    ? progress.current.recorder.conversations[conversationKeyOf(snapshot)]?.slot
    : undefined;
  const slotStatus = slot ? outboxStatus.slots[slot] : undefined;
  const sessionId = slotStatus?.sessionId ?? null;

  // After the panel opened again, what the log holds for this conversation's session is asked once.
  useEffect(() => {
    const box = outbox.current;
    if (
      !snapshot ||
      !slot ||
      !sessionId ||
      slotStatus?.stored !== null ||
      !box ||
      asked.current.has(sessionId)
    )
      return;
    asked.current.add(sessionId);
    void log.current
      ?.then((store) => store.listSessions({ site: sessionSiteOf(snapshot) }))
      .then((items) => {
        const item = items.find((i) => i.id === sessionId);
        if (item) box.noteStored(slot, item.stats.turns, notStoredIn(item));
      })
      .catch(() => undefined);
  }, [snapshot, slot, sessionId, slotStatus?.stored]);

  if (!enabled || !snapshot) return undefined;
  const state = known ? loggingStateOf(choice, ids!) : { conversation: false, site: false };
  const save = (next: LoggingChoice) => {
    setChoice(next);
    try {
      saveLoggingChoice(trusted!, next);
    } catch (error) {
      setProblem({ kind: 'error', message: explain(error) });
    }
  };
  const status = sessionLogStatus({ logging, problem, outbox: outboxStatus, slot });
  return {
    site: sessionSiteOf(snapshot),
    conversation: state.conversation,
    siteWide: state.site,
    onConversation: (on) => known && save(withConversationLogging(choice, ids!.conversationId, on)),
    onSite: (on) => known && save(withSiteLogging(choice, ids!.siteId, on)),
    status,
    ...(policy && !allowed
      ? {
          blockedBy:
            policy.loggingAllowed.state === 'invalid'
              ? policyNote(policy, 'loggingAllowed')!
              : 'Session logging is turned off by your organization.',
        }
      : {}),
    onUnlock: (passphrase) => {
      void log.current
        ?.then((store) => store.unlock(passphrase))
        .then(() => {
          setProblem(null);
          setRetry((n) => n + 1);
          outbox.current?.retryNow();
        })
        .catch((error: unknown) =>
          setProblem({
            kind: 'locked',
            problem: error instanceof WrongPassphraseError ? error.message : explain(error),
          }),
        );
    },
    reviewHref: '/review.html',
  };
}
